/**
 * The gazetteer of Kazakhstan (справочник административно-территориальных
 * единиц): oblasts, republican cities, their districts and cities, with
 * lookups along the hierarchy. The data lives in `gazetteer-*.ts`.
 */
import type { RegionEntry } from './region-types.js';
import { TOP_LEVEL } from './gazetteer-top.js';
import { UNITS_PART_1 } from './gazetteer-west-east.js';
import { UNITS_PART_2 } from './gazetteer-north-south.js';

/** Every unit: the top level first, then districts and cities by oblast. */
export const GAZETTEER: readonly RegionEntry[] = Object.freeze([...TOP_LEVEL, ...UNITS_PART_1, ...UNITS_PART_2]);

const BY_ID: ReadonlyMap<string, RegionEntry> = new Map(GAZETTEER.map((e) => [e.id, e]));

/** Options for {@link descendantsOf}. */
export interface DescendantOptions {
  /** Also include units that belonged to this one before moving (`formerOblast`), e.g. Аягозский район for ВКО. */
  includeFormer?: boolean;
}

/**
 * Looks an entry up by its id.
 * @param id e.g. `zko`, `sko.akzhar`
 * @returns the entry, or undefined
 */
export function regionById(id: string): RegionEntry | undefined {
  return BY_ID.get(id);
}

/**
 * All units under a unit: an oblast's districts and cities, a republican
 * city's districts. Districts and cities have none.
 * @param id the unit's id
 * @param options `includeFormer` adds units that moved away from it
 * @returns the descendants in gazetteer order (empty for unknown ids)
 */
export function descendantsOf(id: string, options: DescendantOptions = {}): RegionEntry[] {
  // Every applicability question asks this; the gazetteer is frozen, so each answer is computed once.
  const memo = options.includeFormer === true ? DESCENDANTS_WITH_FORMER : DESCENDANTS;
  let result = memo.get(id);
  if (!result) {
    result = walkDescendants(id, options.includeFormer === true);
    memo.set(id, result);
  }
  return [...result];
}

const DESCENDANTS = new Map<string, readonly RegionEntry[]>();
const DESCENDANTS_WITH_FORMER = new Map<string, readonly RegionEntry[]>();

function walkDescendants(id: string, includeFormer: boolean): readonly RegionEntry[] {
  const result: RegionEntry[] = [];
  const pending = [id];
  const seen = new Set<string>([id]);
  while (pending.length > 0) {
    const current = pending.shift();
    for (const e of GAZETTEER) {
      const belongs = e.parentId === current || (includeFormer && e.formerOblast === current);
      if (belongs && !seen.has(e.id)) {
        seen.add(e.id);
        result.push(e);
        pending.push(e.id);
      }
    }
  }
  return Object.freeze(result);
}

/**
 * The chain of units above a unit, nearest first.
 * @param id the unit's id
 * @returns e.g. `[Северо-Казахстанская область]` for `sko.akzhar`; empty for
 *   top-level units and unknown ids
 */
export function ancestorsOf(id: string): RegionEntry[] {
  const result: RegionEntry[] = [];
  let parentId = BY_ID.get(id)?.parentId ?? null;
  while (parentId !== null) {
    const parent = BY_ID.get(parentId);
    if (parent === undefined) break;
    result.push(parent);
    parentId = parent.parentId;
  }
  return result;
}

/**
 * The top-level unit (oblast or republican city) a unit belongs to now.
 * @param id the unit's id
 * @returns the entry itself when top-level, its top ancestor otherwise, or
 *   undefined for unknown ids
 */
export function topLevelOf(id: string): RegionEntry | undefined {
  const entry = BY_ID.get(id);
  if (entry === undefined) return undefined;
  const chain = ancestorsOf(id);
  return chain[chain.length - 1] ?? entry;
}
