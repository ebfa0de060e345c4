/**
 * What the corpus lets a reader know about each act, and the date bounds that
 * follow from it. The rules are the domain's (domain.md §4) as the project
 * states them (kb/README.md "Temporal rules"), written out again here from
 * the generator's own facts:
 * - "+N days after first publication": publication + N + 1; publication
 *   unknown → earliest = registration (else adoption) + N + 1, assumed
 *   published within 30 days → settled 30 days after the earliest;
 * - from publication: the publication day; unknown → [registration or
 *   adoption, +30 days);
 * - from registration: the registration day; unknown → [adoption, +30 days);
 * - a fixed date: that date;
 * - clause unknown: not before publication, settled 11 days later (the usual
 *   +10 rule); publication unknown → [registration or adoption, +41 days).
 * A bound is `{ earliest, settled, exact }`: the event may have happened from
 * `earliest`, is taken as having happened from `settled`.
 */
import { plusDays } from '../dates.js';
import type { Act, Clause, World } from '../types.js';
import type { Statement } from '../text/statements.js';

/** A date bound in the truth's terms. */
export interface Bound {
  earliest: string;
  settled: string;
  exact: boolean;
}

/** What the corpus says about one act. */
export interface KnownAct {
  act: Act;
  inCorpus: boolean;
  registered: string | null;
  published: string | null;
  clause: Clause | null;
  /** Acts the corpus says repeal it. */
  repealers: Set<string>;
  /** Amendments the corpus holds (from the amending acts' own texts). */
  amendedBy: Set<string>;
  /** Regulations (lineage ids) this act strikes out, as its own text says ("регламент … исключить"). */
  excludes: Set<string>;
}

/** The corpus's knowledge, keyed by act. */
export type Knowledge = Map<string, KnownAct>;

/** The window zankb assumes for an unknown publication (kb/README.md). */
export const ASSUMED_WINDOW = 30;
const USUAL_DAYS = 10;

/**
 * Collects what the rendered documents state.
 * @param world the world (for the values of stated facts)
 * @param statements every statement of every rendered document
 * @returns knowledge per mentioned act
 */
export function collectKnowledge(world: World, statements: readonly Statement[]): Knowledge {
  const known: Knowledge = new Map();
  const get = (key: string): KnownAct => {
    let k = known.get(key);
    if (!k) {
      const act = world.acts.get(key);
      if (!act) throw new Error(`statement about unknown act ${key}`);
      k = {
        act,
        inCorpus: false,
        registered: null,
        published: null,
        clause: null,
        repealers: new Set(),
        amendedBy: new Set(),
        excludes: new Set(),
      };
      known.set(key, k);
    }
    return k;
  };
  for (const s of statements) {
    switch (s.kind) {
      case 'text':
        get(s.act).inCorpus = true;
        break;
      case 'registered':
        get(s.act).registered = get(s.act).act.registered;
        break;
      case 'published':
        get(s.act).published = get(s.act).act.published;
        break;
      case 'clause':
        get(s.act).clause = get(s.act).act.clause;
        break;
      case 'repeals':
        get(s.act).repealers.add(s.by);
        get(s.by);
        break;
      case 'amends':
        get(s.act).amendedBy.add(s.by);
        for (const op of s.operations) if (op.kind === 'exclude') get(s.by).excludes.add(op.lineage);
        break;
    }
  }
  return known;
}

/**
 * When an act takes effect, as far as the corpus tells.
 * @param k what is known about the act
 * @returns the bound
 */
export function commencement(k: KnownAct): Bound {
  const { clause, published, registered } = k;
  const adopted = k.act.adopted;
  const lower = registered ?? adopted;
  const window = (earliest: string, days = ASSUMED_WINDOW): Bound => ({
    earliest,
    settled: plusDays(earliest, days),
    exact: false,
  });
  const exact = (d: string): Bound => ({ earliest: d, settled: d, exact: true });
  if (!clause) return published ? window(published, USUAL_DAYS + 1) : window(lower, ASSUMED_WINDOW + USUAL_DAYS + 1);
  switch (clause.kind) {
    case 'after_publication': {
      const offset = (clause.days ?? USUAL_DAYS) + 1;
      return published ? exact(plusDays(published, offset)) : window(plusDays(lower, offset));
    }
    case 'on_publication':
      return published ? exact(published) : window(lower);
    case 'on_registration':
      return registered ? exact(registered) : window(adopted);
    case 'fixed_date':
      return exact(clause.date!);
  }
}

/**
 * When an act stops, as far as the corpus tells: the commencement of the
 * earliest act said to repeal it.
 * @param known the knowledge
 * @param key the act
 * @returns the bound and the repealer, or null
 */
export function repealOf(known: Knowledge, key: string): { by: string; bound: Bound } | null {
  const k = known.get(key);
  if (!k || k.repealers.size === 0) return null;
  const options = [...k.repealers].map((by) => ({ by, bound: commencement(known.get(by)!) }));
  options.sort((a, b) => (a.bound.earliest < b.bound.earliest ? -1 : a.bound.earliest > b.bound.earliest ? 1 : 0));
  return options[0]!;
}
