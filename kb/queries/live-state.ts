/**
 * When the applicability question reads editions from memory (kb/queries/live-editions.ts) and
 * when from SQL. The structure is worth its reading only to a process that asks many questions
 * (a server, not one `zankb query`), and it is stale from any commit on, so it is built once the
 * questions answered by SQL since the last change have cost as much as a build (the last one
 * measured, at first `FIRST_BUILD_AFTER_MS`), and dropped when the data version moves: a process
 * that keeps importing while it answers spends at most about as much on builds as on SQL answers.
 * A base whose structure would pass `MEMORY_BUDGET_BYTES` stays on SQL.
 */
import type { Kb } from '../types.js';
import { buildLiveEditions, type LiveEditions } from './live-editions.js';

/** How the editions are read: `adaptive` as above, or always from SQL, or always from memory. */
export type LiveEditionsMode = 'adaptive' | 'sql' | 'memory';

/** SQL answering time after which the first build starts (a handful of questions). */
const FIRST_BUILD_AFTER_MS = 25;

/**
 * Heap an adaptive build may take, and the heap an edition takes (measured at 10,000 acts, with its
 * share of regulations, acts and index, typed arrays included: bench/RESULTS.md, "Computed answers").
 * A server keeps the structure, and its process grows by about twice its heap (the build's garbage
 * and the collector's room): the budget leaves a server that answers by SQL in about 300 MB under
 * the 500 MB it may take, so a base of about 150,000 editions (60,000 generated acts) still builds
 * it, and larger ones stay on SQL.
 */
const MEMORY_BUDGET_BYTES = 80e6;
const BYTES_PER_EDITION = 530;

interface State {
  mode: LiveEditionsMode;
  /** The data version the structure (or the SQL time counted) belongs to. */
  version: string;
  editions: LiveEditions | null;
  /** Time spent answering by SQL since the data version last moved. */
  sqlMs: number;
  /** The last build's duration (the price of the next one). */
  buildMs: number;
  building: boolean;
  /** The structure would pass the budget under the data version of `version`. */
  tooLarge: boolean;
}

const states = new WeakMap<Kb, State>();

function stateOf(kb: Kb): State {
  let state = states.get(kb);
  if (!state) {
    state = {
      mode: 'adaptive',
      version: '',
      editions: null,
      sqlMs: 0,
      buildMs: FIRST_BUILD_AFTER_MS,
      building: false,
      tooLarge: false,
    };
    states.set(kb, state);
  }
  return state;
}

function versionOf(kb: Kb): string {
  const v = kb.dataVersion();
  return `${v.others}.${v.own}`;
}

/**
 * Sets how a knowledge base's questions read editions (tests compare the two paths; a one-question
 * process may insist on SQL).
 * @param kb the knowledge base
 * @param mode `adaptive` (the default), `sql` or `memory`
 */
export function setLiveEditionsMode(kb: Kb, mode: LiveEditionsMode): void {
  stateOf(kb).mode = mode;
}

/**
 * The editions in memory for the current data, building them when it is time; null: answer by SQL.
 * @param kb the knowledge base
 * @returns the structure, or null
 */
export async function liveEditionsFor(kb: Kb): Promise<LiveEditions | null> {
  const state = stateOf(kb);
  if (state.mode === 'sql') return null;
  const version = versionOf(kb);
  if (version !== state.version) {
    state.version = version;
    state.editions = null;
    state.sqlMs = 0;
    state.tooLarge = false;
  }
  if (state.editions) return state.editions;
  if (state.building || (state.mode === 'adaptive' && (state.tooLarge || state.sqlMs < state.buildMs))) return null;
  state.building = true;
  const started = performance.now();
  try {
    if (state.mode === 'adaptive' && (await editionCount(kb)) * BYTES_PER_EDITION > MEMORY_BUDGET_BYTES) {
      state.tooLarge = true;
      return null;
    }
    const editions = await buildLiveEditions(kb.db);
    // A commit between the reads may have left them inconsistent: keep them only if none happened.
    if (versionOf(kb) !== version || state.version !== version) return null;
    state.editions = editions;
    return editions;
  } finally {
    state.buildMs = performance.now() - started;
    state.sqlMs = 0;
    state.building = false;
  }
}

async function editionCount(kb: Kb): Promise<number> {
  const row = await kb.db
    .selectFrom('regulation_versions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Whether the editions in memory are held for the current data (the next question reads them).
 * @param kb the knowledge base
 * @returns true when they are built and the data version has not moved since
 */
export function liveEditionsHeld(kb: Kb): boolean {
  const state = stateOf(kb);
  return state.editions !== null && state.version === versionOf(kb);
}

/**
 * Counts a question answered by SQL towards the next build.
 * @param kb the knowledge base
 * @param ms how long it took
 */
export function noteSqlAnswer(kb: Kb, ms: number): void {
  stateOf(kb).sqlMs += ms;
}
