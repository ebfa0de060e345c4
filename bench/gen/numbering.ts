/**
 * Act numbers and registry numbers, assigned once the world's dates are known:
 * an akimat numbers its resolutions through the year (`119`, `204`; the
 * akimats of Астана, Алматы and Шымкент as `А-9/406`), a maslikhat by
 * session and convocation (`3/1-V`, `28-3`); the justice department numbers
 * registrations per oblast in date order (`5247`). Also where each act was
 * first published.
 */
import { regionById } from '../../parser/lib/regions.js';
import type { Random } from './random.js';
import type { Act, World } from './types.js';
import { newspapersOf } from './vocab/people.js';

/**
 * Fills `number`, `registryNumber` and `publishedIn` of every act.
 * @param world the world (acts mutated)
 * @param rng numbering stream
 */
export function numberActs(world: World, rng: Random): void {
  const acts = [...world.acts.values()];
  const byBodyYear = groupBy(acts, (a) => `${a.body.regionId}|${a.body.kind}|${a.adopted.slice(0, 4)}`);
  const styleOf = new Map<string, 'slash' | 'dash'>();
  for (const [key, group] of byBodyYear) {
    group.sort((x, y) => (x.adopted < y.adopted ? -1 : x.adopted > y.adopted ? 1 : x.key < y.key ? -1 : 1));
    const [regionId, kind] = key.split('|') as [string, string];
    const top = regionById(regionId);
    let n = rng.int(1, 30);
    let session = rng.int(1, 40);
    const bodyKey = `${regionId}|${kind}`;
    if (!styleOf.has(bodyKey)) styleOf.set(bodyKey, rng.chance(0.6) ? 'slash' : 'dash');
    for (const a of group) {
      const dayOfYear = Math.floor(
        (Date.parse(`${a.adopted}T00:00:00Z`) - Date.parse(`${a.adopted.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000,
      );
      if (kind === 'maslikhat') {
        session += rng.int(1, 3);
        const idx = rng.int(1, 9);
        a.number =
          styleOf.get(bodyKey) === 'slash' ? `${session}/${idx}-${convocation(a.adopted)}` : `${session}-${idx}`;
      } else {
        n = Math.max(n + rng.int(1, 25), Math.round(dayOfYear * (top?.parentId ? 0.6 : 1.1)) + rng.int(0, 9));
        a.number = top && top.kind === 'republican_city' ? `А-${Number(a.adopted.slice(5, 7))}/${n}` : String(n);
      }
    }
  }
  const byOblast = groupBy(acts, (a) => oblastOf(a.body.regionId));
  for (const [oblast, group] of byOblast) {
    group.sort((x, y) => (x.registered < y.registered ? -1 : x.registered > y.registered ? 1 : x.key < y.key ? -1 : 1));
    let r = 1000 + (hash(oblast) % 3000);
    for (const a of group) {
      r += rng.int(3, 60);
      a.registryNumber = String(r);
      a.publishedIn = rng.pick(newspapersOf(a));
    }
  }
}

/** Маслихат convocations: V (2012–2016), VI (2016–2021), VII (from 2021). */
function convocation(date: string): string {
  if (date < '2016-03-20') return 'V';
  if (date < '2021-01-10') return 'VI';
  return 'VII';
}

function oblastOf(regionId: string): string {
  const e = regionById(regionId);
  return e?.parentId ?? regionId;
}

function groupBy(acts: Act[], key: (a: Act) => string): Map<string, Act[]> {
  const m = new Map<string, Act[]>();
  for (const a of acts) {
    const list = m.get(key(a));
    if (list) list.push(a);
    else m.set(key(a), [a]);
  }
  return m;
}

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/**
 * Numbers one act added after the world was numbered (bench/gen/extra.ts): the next number of its
 * body in its year, in the body's style, and the next registry number of its oblast, so it never
 * takes a number an act of the register holds.
 * @param world the numbered world (the act already in it)
 * @param act the new act, adopted after every act of its body and registered after its oblast's
 * @param rng the stream the gaps are drawn from
 */
export function numberAfter(world: World, act: Act, rng: Random): void {
  const others = [...world.acts.values()].filter((a) => a !== act && a.number !== '');
  const body = others
    .filter((a) => a.body.regionId === act.body.regionId && a.body.kind === act.body.kind)
    .sort((x, y) => (x.adopted < y.adopted ? -1 : x.adopted > y.adopted ? 1 : 0));
  const last = body.at(-1);
  if (act.body.kind === 'maslikhat') {
    const session = (last ? Number.parseInt(last.number, 10) : rng.int(1, 40)) + rng.int(1, 3);
    const idx = rng.int(1, 9);
    act.number =
      !last || last.number.includes('/') ? `${session}/${idx}-${convocation(act.adopted)}` : `${session}-${idx}`;
  } else {
    const year = act.adopted.slice(0, 4);
    const sameYear = body.filter((a) => a.adopted.startsWith(year)).map((a) => Number(a.number.split('/').pop()));
    const top = regionById(act.body.regionId);
    const dayOfYear = Math.floor((Date.parse(act.adopted) - Date.parse(`${year}-01-01`)) / 86_400_000);
    const n = Math.max(
      Math.max(0, ...sameYear) + rng.int(1, 25),
      Math.round(dayOfYear * (top?.parentId ? 0.6 : 1.1)) + rng.int(0, 9),
    );
    act.number = top && top.kind === 'republican_city' ? `А-${Number(act.adopted.slice(5, 7))}/${n}` : String(n);
  }
  const oblast = oblastOf(act.body.regionId);
  const registry = others.filter((a) => oblastOf(a.body.regionId) === oblast).map((a) => Number(a.registryNumber));
  act.registryNumber = String(Math.max(1000 + (hash(oblast) % 3000), ...registry) + rng.int(3, 60));
  act.publishedIn = rng.pick(newspapersOf(act));
}
