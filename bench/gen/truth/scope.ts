/**
 * Which regions' regulations a question about a region takes in (kb/README.md,
 * contract: "an oblast includes its districts' and cities' regulations"): the
 * region itself, its districts and cities (also those that belonged to it
 * before the 2022 split, for earlier dates), and the units above it (an
 * oblast's regulations apply in its districts; before the split a moved
 * district still lies in its former oblast). Written from the gazetteer's
 * data, not from zankb's resolution code.
 */
import { GAZETTEER, regionById } from '../../../parser/lib/regions.js';

/**
 * The regions whose bodies' regulations apply in `regionId` on `date`.
 * @param regionId gazetteer id of the region asked about
 * @param date ISO date
 * @returns region ids
 */
export function scopeOf(regionId: string, date: string): Set<string> {
  const ids = new Set<string>([regionId]);
  const pending = [regionId];
  while (pending.length > 0) {
    const current = pending.shift()!;
    for (const e of GAZETTEER) {
      const child =
        e.parentId === current || (e.formerOblast === current && e.movedOn !== undefined && date < e.movedOn);
      if (child && !ids.has(e.id)) {
        ids.add(e.id);
        pending.push(e.id);
      }
    }
  }
  let up = regionById(regionId)?.parentId ?? null;
  while (up) {
    ids.add(up);
    up = regionById(up)?.parentId ?? null;
  }
  const self = regionById(regionId);
  if (self?.formerOblast && self.movedOn && date < self.movedOn) ids.add(self.formerOblast);
  return ids;
}
