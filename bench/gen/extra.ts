/**
 * Acts that arrive after a generated register was imported, as an editor imports each day's new
 * acts: they extend the register's world (its acts' keys, bodies, numbers and registry numbers go
 * on from where the register's stop) and are adopted after its snapshot date, so no question of the
 * register's truth (all dated on or before it) changes its answer. Four kinds, in turn:
 *
 * - `new`: a new approving act of a random body (a new chain);
 * - `amend`: an amending act giving new editions to (or editing) regulations of the chain in force
 *   with the longest history, the next longest for the next one;
 * - `repeal`: a repealing act of a random chain in force, usually with its amending acts;
 * - `big-region`: a new approving act of the oblast (or republican city) with the most acts.
 *
 * Pure: a function of the world (so of the register's seed) and the count; the register's own texts
 * and truth are not touched.
 */
import { regionById } from '../../parser/lib/regions.js';
import { plusDays } from './dates.js';
import { type GeneratedFile, renderAct } from './index.js';
import { CRAWL_DATE, newAct, newLineage } from './model.js';
import { numberAfter } from './numbering.js';
import { ACTING_UNITS, existsOn } from './places.js';
import { createRandom, type Random } from './random.js';
import type { Act, Body, Lineage, Operation, World } from './types.js';
import { SPHERES, type Sphere } from './vocab/services.js';

/** The kinds of new acts, in the order they are generated. */
export const EXTRA_KINDS = ['new', 'amend', 'repeal', 'big-region'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** One new act's text. */
export interface ExtraFile extends GeneratedFile {
  kind: ExtraKind;
}

/** Days after the snapshot date the first new act is adopted, and between two of them. */
const FIRST_AFTER = 7;
const STEP = 2;

/** The new acts, and the regulations of the register whose answers they may change. */
export interface Extras {
  /** The texts, in adoption order; names `x001-amend_A12345.txt`. */
  files: ExtraFile[];
  /**
   * Lineages of the chains a new act amends or repeals. Their truth may change even before the new
   * act takes effect: its reference to the amended or repealed acts can state their publication or
   * registration dates, which the register's texts did not, and so narrow their commencement windows.
   */
  touchedLineages: string[];
}

/**
 * Adds `perKind` acts of each kind to the world and renders them.
 * @param world the register's world (numbered; acts and lineages are added to it)
 * @param perKind acts of each kind
 * @returns the texts and the lineages whose truth they may change
 */
export function generateExtras(world: World, perKind: number): Extras {
  const rng = createRandom(world.seed ^ 0x6c8e9cf5);
  const adder = new Adder(world, rng);
  const files: ExtraFile[] = [];
  let date = plusDays(CRAWL_DATE, FIRST_AFTER);
  for (let i = 0; i < perKind; i++) {
    for (const kind of EXTRA_KINDS) {
      const act = adder.add(kind, date);
      const { text } = renderAct(world, act);
      const name = `x${String(files.length + 1).padStart(3, '0')}-${kind}_${act.key}.txt`;
      files.push({ name, text, bytes: Buffer.byteLength(text), act: act.key, kind });
      date = plusDays(date, STEP);
    }
  }
  return { files, touchedLineages: [...adder.touched] };
}

class Adder {
  private serial: number;
  private readonly lineagesOf = new Map<string, Lineage[]>();
  /** Lineages of the chains taken by amendments and repeals. */
  readonly touched = new Set<string>();
  /** Chains in force, longest history first; each is taken by one new act at most. */
  private readonly inForce: Act[];
  constructor(
    private readonly world: World,
    private readonly rng: Random,
  ) {
    this.serial = Math.max(...[...world.acts.keys()].map((k) => Number(k.slice(1))));
    for (const l of world.lineages.values()) this.lineagesOf.set(l.base, [...(this.lineagesOf.get(l.base) ?? []), l]);
    const history = new Map<string, number>();
    // The register knows an act when its text, or the text of an act amending it, is in the corpus.
    const known = new Set<string>();
    for (const a of world.acts.values()) {
      if (a.rendered) known.add(a.key);
      for (const m of a.amends) {
        history.set(m.target, (history.get(m.target) ?? 0) + 1);
        if (a.rendered) known.add(m.target);
      }
    }
    this.inForce = [...world.acts.values()]
      .filter((a) => a.role === 'approve' && a.repealedBy === null && this.active(a).length > 0 && known.has(a.key))
      .sort(
        (x, y) =>
          (history.get(y.key) ?? 0) - (history.get(x.key) ?? 0) || Number(x.key.slice(1)) - Number(y.key.slice(1)),
      );
  }

  add(kind: ExtraKind, date: string): Act {
    switch (kind) {
      case 'new': {
        const unit = this.rng.pick(ACTING_UNITS.filter((u) => existsOn(u, date)));
        return this.approving(unit.id, date);
      }
      case 'big-region':
        return this.approving(this.biggestTop(), date);
      case 'amend':
        return this.amending(this.take(0), date);
      case 'repeal':
        return this.repealing(this.take(this.rng.int(0, this.inForce.length - 1)), date);
    }
  }

  /** A chain in force, by its place in the list (0: the longest history left). */
  private take(at: number): Act {
    const [base] = this.inForce.splice(at, 1);
    if (!base) throw new Error('no chain in force left to amend or repeal: ask for fewer new acts per kind');
    for (const l of this.lineagesOf.get(base.key) ?? []) this.touched.add(l.id);
    return base;
  }

  private active(base: Act): Lineage[] {
    return (this.lineagesOf.get(base.key) ?? []).filter((l) => l.endedBy === null);
  }

  /** The oblast or republican city whose bodies (its districts' and cities' too) issued the most acts. */
  private biggestTop(): string {
    const counts = new Map<string, number>();
    for (const a of this.world.acts.values()) {
      const top = regionById(a.body.regionId)?.parentId ?? a.body.regionId;
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
  }

  private approving(regionId: string, date: string): Act {
    const unit = regionById(regionId)!;
    const top = unit.kind === 'oblast' || unit.kind === 'republican_city';
    const sphere = this.rng.pick(SPHERES.filter((s) => s.level === (top ? 'oblast' : 'local')));
    const body: Body = { regionId, kind: this.rng.chance(0.1) ? 'maslikhat' : 'akimat' };
    const a = this.act(body, sphere.id, date, 'approve');
    const services = this.rng.sample(sphere.services, this.rng.int(1, Math.min(6, sphere.services.length)));
    a.style.numberedAppendices = services.length > 1 && this.rng.chance(0.6);
    services.forEach((service, i) => {
      const appendix = a.style.numberedAppendices ? i + 1 : null;
      const l = this.lineage(a, service, sphere);
      l.editions.push({ act: a.key, kind: 'base', appendix });
      a.approves.push({ lineage: l.id, appendix });
    });
    return a;
  }

  private amending(base: Act, date: string): Act {
    const a = this.act(base.body, base.sphere, date, 'amend');
    const touched = this.rng.sample(this.active(base), this.rng.int(1, 3));
    const ops: Operation[] = touched.map((l) => {
      const edit = this.rng.chance(0.25);
      return {
        kind: edit ? 'edit' : 'replace',
        lineage: l.id,
        appendix: null,
        edit: edit ? this.rng.pick(['insert', 'replace_words', 'delete'] as const) : null,
      };
    });
    const carrying = ops.filter((o) => o.kind === 'replace');
    const unnumbered = carrying.length === 1 && this.rng.chance(0.5);
    carrying.forEach((o, i) => {
      o.appendix = unnumbered ? null : i + 1;
    });
    for (const o of ops) {
      const kind = o.kind === 'edit' ? 'edit' : 'replace';
      this.world.lineages.get(o.lineage)!.editions.push({ act: a.key, kind, appendix: o.appendix });
    }
    a.amends = [{ target: base.key, operations: ops }];
    return a;
  }

  private repealing(base: Act, date: string): Act {
    const r = this.act(base.body, base.sphere, date, 'repeal');
    const amenders = [...this.world.acts.values()].filter((a) => a.amends.some((m) => m.target === base.key));
    const repealed = [base, ...(this.rng.chance(0.8) ? amenders : [])];
    r.repeals = repealed.map((a) => a.key);
    for (const a of repealed) a.repealedBy = r.key;
    for (const l of this.active(base)) l.endedBy = r.key;
    return r;
  }

  private act(body: Body, sphere: string, adopted: string, role: Act['role']): Act {
    const a = newAct(this.world, this.rng, `A${++this.serial}`, { body, sphere, adopted, role });
    numberAfter(this.world, a, this.rng);
    a.rendered = true;
    return a;
  }

  private lineage(base: Act, service: string, sphere: Sphere): Lineage {
    const l = newLineage(this.world, base, service, sphere);
    this.lineagesOf.set(base.key, [...(this.lineagesOf.get(base.key) ?? []), l]);
    return l;
  }
}
