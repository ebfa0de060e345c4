/**
 * Builds the world: chains of acts of one body in one sphere of services.
 *
 * A chain starts with an approving act (Об утверждении регламентов …) that
 * approves several regulations as its appendices; amending acts follow, each
 * giving some regulations a new edition (изложить в новой редакции согласно
 * приложению N), adding a regulation, or changing points (insertions, word
 * replacements, exclusions); the chain ends with a repealing act (Признать
 * утратившими силу …) that takes the approving act and (usually) its amending
 * acts with it, or with a new approving act that repeals the old one and
 * approves the sphere's regulations anew (the chain goes on), or it is still
 * in force at the snapshot date. Not every act's text is in the corpus: an
 * approving act may be known only from the acts that amend it, a repealing
 * act only from the footnotes of the acts it repealed.
 *
 * Dates: registration 3–20 days after adoption, first publication after
 * registration and at most 30 days after adoption (so zankb's assumed
 * 30-day publication window holds in this world, see truth.ts), events of a
 * chain at least 75 days apart (so the uncertainty windows of consecutive
 * events never overlap).
 */
import type { RegionEntry } from '../../parser/lib/regions.js';
import { daysFrom, plusDays } from './dates.js';
import { ACTING_UNITS, existsOn, SPLIT_2022 } from './places.js';
import type { Random } from './random.js';
import { createRandom } from './random.js';
import type { Act, ActStyle, Amendment, Body, Clause, Flavour, Lineage, Operation, World } from './types.js';
import { SPHERES, type Sphere } from './vocab/services.js';
import { numberActs } from './numbering.js';
import { SIGNERS } from './vocab/people.js';

/** What to build. */
export interface WorldOptions {
  /** Number of acts whose text the corpus holds. */
  acts: number;
  seed: number;
}

export const CRAWL_DATE = '2024-03-01';
const FIRST_DATE = '2012-06-01';
const LAST_START = '2023-03-31';
/** Every event of a chain is at least this many days after the previous one. */
const MIN_GAP = 75;

/**
 * Builds a world with `acts` texts in its corpus.
 * @param opts size and seed
 * @returns the world
 */
export function buildWorld(opts: WorldOptions): World {
  const rng = createRandom(opts.seed);
  const world: World = { seed: opts.seed, crawlDate: CRAWL_DATE, acts: new Map(), lineages: new Map() };
  const busy = new Map<string, string>(); // region|sphere → busy until
  const b = new Builder(world, rng);
  while (b.rendered < opts.acts) b.chain(busy);
  // The last chain may overshoot: its latest texts stay out of the corpus (they remain known by reference, or unknown).
  const byDate = [...world.acts.values()].filter((a) => a.rendered).sort((x, y) => (x.adopted < y.adopted ? 1 : -1));
  let extra = b.rendered - opts.acts;
  for (const a of byDate) {
    if (extra <= 0) break;
    a.rendered = false;
    extra--;
  }
  numberActs(world, rng.fork('numbers'));
  return world;
}

const TOP_UNITS = ACTING_UNITS.filter((u) => u.kind === 'oblast' || u.kind === 'republican_city');
const LOCAL_UNITS = ACTING_UNITS.filter((u) => u.kind === 'district' || u.kind === 'city');
const TOP_SPHERES = SPHERES.filter((s) => s.level === 'oblast');
const LOCAL_SPHERES = SPHERES.filter((s) => s.level === 'local');

class Builder {
  rendered = 0;
  /** Parallel chains per slot in use (see pickSlot). */
  private lane = 0;
  private serial = 0;
  /** Lineages by approving act. */
  private readonly byBase = new Map<string, Lineage[]>();
  constructor(
    private readonly world: World,
    private readonly rng: Random,
  ) {}

  /** One chain of one body in one sphere. */
  chain(busy: Map<string, string>): void {
    const rng = this.rng;
    const { unit, sphere, start, key } = this.pickSlot(busy);
    const bodyKind: Body['kind'] = rng.chance(unit.kind === 'oblast' || unit.kind === 'republican_city' ? 0.08 : 0.12)
      ? 'maslikhat'
      : 'akimat';
    const body: Body = { regionId: unit.id, kind: bodyKind };
    let t = start;
    let services = rng.sample(sphere.services, this.serviceCount(sphere));
    let base = this.approving(body, sphere, t, services, null);
    for (let generation = 0; ; generation++) {
      const amenders: Act[] = [];
      const active = [...services];
      const amendCount = rng.weighted<number>([
        [0, 25],
        [1, 30],
        [2, 22],
        [3, 13],
        [4, 10],
      ]);
      for (let i = 0; i < amendCount; i++) {
        const next = plusDays(t, rng.int(MIN_GAP, 420));
        if (next > plusDays(CRAWL_DATE, -120)) break;
        t = next;
        amenders.push(this.amending(body, sphere, t, base, active));
      }
      const endAt = plusDays(t, rng.int(MIN_GAP, 600));
      const end =
        endAt > plusDays(CRAWL_DATE, -90)
          ? 'none'
          : rng.weighted<'repeal' | 'replace' | 'none'>([
              ['repeal', 45],
              ['replace', generation < 2 ? 25 : 5],
              ['none', 30],
            ]);
      busy.set(key, end === 'none' ? CRAWL_DATE : endAt);
      if (end === 'none') return;
      t = endAt;
      const withAmenders = rng.chance(end === 'repeal' ? 0.8 : 0.65);
      const repealed = [base, ...(withAmenders ? amenders : [])];
      if (end === 'repeal') {
        const r = this.act(body, sphere, t, 'repeal');
        r.repeals = repealed.map((a) => a.key);
        r.rendered = rng.chance(0.5);
        this.finish(r);
        this.endChainActs(repealed, r, base);
        return;
      }
      // A new approving act repeals the old one and approves the sphere's regulations anew.
      const keep = rng.sample(active, Math.max(1, Math.round(active.length * (0.5 + rng.next() * 0.5))));
      const unused = sphere.services.filter((s) => !keep.includes(s));
      services = [...keep, ...rng.sample(unused, rng.int(0, Math.min(3, Math.max(0, unused.length - 1))))];
      const next = this.approving(body, sphere, t, services, repealed);
      this.endChainActs(repealed, next, base);
      base = next;
    }
  }

  /**
   * A free (unit, sphere) slot and a start date. A big register outgrows one chain per slot: after
   * the oblast-level slots fill up, chains go to districts and cities; after those, a slot takes a
   * second (third, …) chain in parallel — another approving act of the same body in the same
   * sphere, as real registers have. Parallel chains may share a service name; the truth sampler
   * skips questions that would then name two regulations.
   */
  private pickSlot(busy: Map<string, string>): { unit: RegionEntry; sphere: Sphere; start: string; key: string } {
    const rng = this.rng;
    for (let attempt = 0; attempt < 3000; attempt++) {
      const spill = Math.floor(attempt / 300); // 300 failed tries: the slots tried so far are full
      const top = this.lane === 0 && spill === 1 ? false : rng.chance(0.62);
      const lane = this.lane + Math.max(0, spill - (this.lane === 0 ? 1 : 0));
      const unit = rng.pick(top ? TOP_UNITS : LOCAL_UNITS);
      const sphere = rng.pick(top ? TOP_SPHERES : LOCAL_SPHERES);
      const span = daysFrom(FIRST_DATE, LAST_START);
      let start = plusDays(FIRST_DATE, rng.int(0, span));
      if (unit.validFrom && start < unit.validFrom) start = plusDays(SPLIT_2022, rng.int(10, 290));
      if (!existsOn(unit, start)) continue;
      const key = lane === 0 ? `${unit.id}|${sphere.id}` : `${unit.id}|${sphere.id}|${lane}`;
      const until = busy.get(key);
      if (until && start <= plusDays(until, 30)) {
        const after = plusDays(until, rng.int(31, 200));
        if (after > LAST_START) continue;
        start = after;
      }
      this.lane = lane;
      return { unit, sphere, start, key };
    }
    throw new Error(
      'no free slot for a new chain: every unit and sphere is busy from 2012 to 2023; ask for fewer acts',
    );
  }

  private serviceCount(sphere: Sphere): number {
    const max = sphere.services.length - 1;
    const n =
      sphere.level === 'local'
        ? this.rng.weighted<number>([
            [1, 35],
            [2, 25],
            [3, 20],
            [4, 12],
            [5, 8],
          ])
        : this.rng.weighted<number>([
            [1, 20],
            [this.rng.int(2, 6), 45],
            [this.rng.int(7, 19), 35],
          ]);
    return Math.max(1, Math.min(n, max));
  }

  /** An approving act with its regulations (lineages). */
  private approving(body: Body, sphere: Sphere, date: string, services: string[], repeals: Act[] | null): Act {
    const a = this.act(body, sphere, date, 'approve');
    const numbered = services.length > 1 && this.rng.chance(0.6);
    a.style.numberedAppendices = numbered;
    services.forEach((service, i) => {
      const lineage = this.lineage(a, service, sphere);
      lineage.editions.push({ act: a.key, kind: 'base', appendix: numbered ? i + 1 : null });
      a.approves.push({ lineage: lineage.id, appendix: numbered ? i + 1 : null });
    });
    a.repeals = repeals ? repeals.map((r) => r.key) : [];
    a.rendered = this.rng.chance(0.72);
    this.finish(a);
    return a;
  }

  /** An amending act: new editions, point-level changes, an added regulation. */
  private amending(body: Body, sphere: Sphere, date: string, base: Act, active: string[]): Act {
    const rng = this.rng;
    const a = this.act(body, sphere, date, 'amend');
    const ops: Operation[] = [];
    const pool = (this.byBase.get(base.key) ?? []).filter((l) => active.includes(l.service));
    const touched = rng.sample(
      pool,
      rng.weighted<number>([
        [1, 40],
        [2, 25],
        [3, 15],
        [rng.int(4, Math.max(4, Math.min(11, pool.length))), 20],
      ]),
    );
    for (const l of touched) {
      const kind = rng.weighted<'replace' | 'edit'>([
        ['replace', 72],
        ['edit', 28],
      ]);
      ops.push({
        kind,
        lineage: l.id,
        appendix: null,
        edit: kind === 'edit' ? rng.pick(['insert', 'replace_words', 'delete'] as const) : null,
      });
    }
    const untouched = pool.filter((l) => !touched.includes(l));
    if (untouched.length > 1 && rng.chance(0.08)) {
      const l = rng.pick(untouched);
      ops.push({ kind: 'exclude', lineage: l.id, appendix: null, edit: null });
      active.splice(active.indexOf(l.service), 1);
    }
    const unused = this.sphereServices(sphere).filter((s) => !active.includes(s));
    if (unused.length > 1 && rng.chance(0.15)) {
      const service = rng.pick(unused);
      const l = this.lineage(base, service, sphere);
      active.push(service);
      ops.push({ kind: 'add', lineage: l.id, appendix: null, edit: null });
    }
    const carrying = ops.filter((o) => o.kind === 'replace' || o.kind === 'add');
    const unnumbered = carrying.length === 1 && rng.chance(0.5);
    carrying.forEach((o, i) => {
      o.appendix = unnumbered ? null : i + 1;
    });
    for (const o of ops) {
      const l = this.world.lineages.get(o.lineage)!;
      if (o.kind === 'exclude') l.endedBy = a.key;
      else l.editions.push({ act: a.key, kind: o.kind, appendix: o.appendix });
    }
    const amendment: Amendment = { target: base.key, operations: ops };
    a.amends = [amendment];
    a.rendered = rng.chance(0.85);
    this.finish(a);
    return a;
  }

  /** Marks acts repealed by `by` and ends the base act's regulations. */
  private endChainActs(repealed: Act[], by: Act, base: Act): void {
    for (const r of repealed) r.repealedBy = by.key;
    for (const l of this.byBase.get(base.key) ?? []) if (l.endedBy === null) l.endedBy = by.key;
  }

  private sphereServices(sphere: Sphere): readonly string[] {
    return sphere.services;
  }

  private lineage(base: Act, service: string, sphere: Sphere): Lineage {
    const l = newLineage(this.world, base, service, sphere);
    const list = this.byBase.get(base.key);
    if (list) list.push(l);
    else this.byBase.set(base.key, [l]);
    return l;
  }

  /** A new act with its dates, clause and style. */
  private act(body: Body, sphere: Sphere, adopted: string, role: Act['role']): Act {
    return newAct(this.world, this.rng, `A${++this.serial}`, { body, sphere: sphere.id, adopted, role });
  }

  private finish(a: Act): void {
    if (a.rendered) this.rendered++;
  }
}

/** What a new act is: its body, sphere, adoption date and role. */
export interface ActSlot {
  body: Body;
  sphere: string;
  adopted: string;
  role: Act['role'];
}

/**
 * A new regulation lineage of a base act, added to the world under the next id.
 * @param world the world
 * @param base the act that approves the regulation
 * @param service the service the regulation is about
 * @param sphere its sphere
 * @returns the lineage, with no editions yet
 */
export function newLineage(world: World, base: Act, service: string, sphere: Sphere): Lineage {
  const l: Lineage = {
    id: `L${world.lineages.size + 1}`,
    base: base.key,
    service,
    sphere: sphere.id,
    regionId: base.body.regionId,
    editions: [],
    endedBy: null,
  };
  world.lineages.set(l.id, l);
  return l;
}

/**
 * A new act with its dates, clause and style, added to the world (its number and registry number
 * are filled later, by numbering.ts or by the caller).
 * @param world the world
 * @param rng the stream the dates, clause and style are drawn from
 * @param key the act's key (`A` and the next serial)
 * @param slot body, sphere, adoption date and role
 * @returns the act
 */
export function newAct(world: World, rng: Random, key: string, slot: ActSlot): Act {
  const { body, adopted, role } = slot;
  const registered = plusDays(adopted, rng.int(3, 20));
  const latestPublication = plusDays(adopted, 30);
  const published = plusDays(
    registered,
    rng.int(1, Math.max(1, Math.min(10, daysFrom(registered, latestPublication)))),
  );
  const clause = newClause(rng, adopted, published);
  const effective =
    clause.kind === 'after_publication'
      ? plusDays(published, (clause.days ?? 10) + 1)
      : clause.kind === 'on_publication'
        ? published
        : clause.kind === 'on_registration'
          ? registered
          : (clause.date as string);
  const year = Number(adopted.slice(0, 4));
  const flavour: Flavour = rng.weighted<Flavour>([
    ['pdf', 62],
    ['docx', 26],
    ['pdf-spaced', year < 2014 ? 30 : 4],
  ]);
  const style: ActStyle = {
    latinN: year < 2014 && rng.chance(0.5),
    guillemets: rng.chance(year < 2014 ? 0.6 : 0.1),
    numberedAppendices: false,
    footnoteClause: rng.chance(0.8),
    opsAsSubpoints: rng.chance(0.4),
    editorialNote: rng.chance(0.3),
    signer: rng.pick(SIGNERS),
    mentionPublication: clause.kind !== 'on_registration' && rng.chance(0.7),
    mentionRegistrationDate: rng.chance(0.15),
    textSeed: rng.int(1, 2 ** 31 - 1),
  };
  const a: Act = {
    key,
    body,
    type: body.kind === 'akimat' ? 'resolution' : 'decision',
    adopted,
    number: '',
    registered,
    registryNumber: '',
    published,
    publishedIn: '',
    clause,
    effective,
    role,
    sphere: slot.sphere,
    approves: [],
    amends: [],
    repeals: [],
    repealedBy: null,
    rendered: false,
    flavour,
    style,
  };
  world.acts.set(a.key, a);
  return a;
}

function newClause(rng: Random, adopted: string, published: string): Clause {
  const kind = rng.weighted<Clause['kind']>([
    ['after_publication', 80],
    ['on_publication', 8],
    ['on_registration', 6],
    ['fixed_date', 6],
  ]);
  const retro = rng.chance(0.05) ? plusDays(adopted, -rng.int(20, 150)) : null;
  return {
    kind,
    days: kind === 'after_publication' ? 10 : null,
    // A fixed date within the days the "unknown clause" rule of zankb allows (publication … publication + 11).
    date: kind === 'fixed_date' ? plusDays(published, rng.int(0, 11)) : null,
    retroactiveFrom: kind === 'fixed_date' ? null : retro,
    variant: rng.int(0, 9),
  };
}
