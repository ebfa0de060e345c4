/**
 * The places acts come from: the gazetteer's oblasts, republican cities and
 * the districts and cities of oblasts (districts of republican cities are left
 * out: their bodies issue no regulations of public services). Names are
 * rendered as they were on the act's date — Южно-Казахстанская until
 * 2018-06-19, Нур-Султан from 2019-03-23 to 2022-09-17, districts that moved
 * to the 2022 oblasts under their former oblast before 2022-06-08 — and in
 * the genitive the register uses ("акимата Акжарского района
 * Северо-Казахстанской области"). The genitive is the generator's own, so the
 * texts never depend on zankb's declension code.
 */
import { GAZETTEER, regionById, type RegionEntry } from '../../parser/lib/regions.js';

/** Where a place stands on a date. */
export interface PlaceOnDate {
  entry: RegionEntry;
  /** The oblast (or republican city) it belonged to on that date; null for top-level units. */
  parent: RegionEntry | null;
}

/** Units whose bodies issue acts in the generated register. */
export const ACTING_UNITS: readonly RegionEntry[] = GAZETTEER.filter((e) => {
  if (e.kind === 'oblast' || e.kind === 'republican_city') return true;
  const parent = e.parentId ? regionById(e.parentId) : undefined;
  return parent?.kind === 'oblast';
});

/** The 2022 oblasts (Абай, Жетісу, Ұлытау) exist from this day. */
export const SPLIT_2022 = '2022-06-08';
const SOUTH_RENAMED = '2018-06-19';
const NUR_SULTAN = { from: '2019-03-23', to: '2022-09-17' };

/**
 * Can this unit's bodies act on a date? (The 2022 oblasts did not exist before.)
 * @param entry unit
 * @param date ISO date
 * @returns true when it existed
 */
export function existsOn(entry: RegionEntry, date: string): boolean {
  return !entry.validFrom || date >= entry.validFrom;
}

/**
 * The unit and the oblast it belonged to on a date.
 * @param entry unit
 * @param date ISO date
 * @returns the place on that date
 */
export function placeOn(entry: RegionEntry, date: string): PlaceOnDate {
  if (entry.kind === 'oblast') return { entry, parent: null };
  if (entry.kind === 'republican_city') {
    // Шымкент was a city of Южно-Казахстанская область until 2018-06-19.
    if (entry.formerOblast && entry.movedOn && date < entry.movedOn) return { entry, parent: must(entry.formerOblast) };
    return { entry, parent: null };
  }
  const parentId = entry.formerOblast && entry.movedOn && date < entry.movedOn ? entry.formerOblast : entry.parentId;
  return { entry, parent: parentId ? must(parentId) : null };
}

/**
 * The genitive of a unit's name as printed on a date: "Западно-Казахстанской
 * области", "Акжарского района Северо-Казахстанской области", "города Костаная".
 * @param entry unit
 * @param date ISO date (names change)
 * @param withOblast for districts and cities, add their oblast (districts always do)
 * @returns the phrase
 */
export function genitiveOn(entry: RegionEntry, date: string, withOblast = true): string {
  const { parent } = placeOn(entry, date);
  const own = ownGenitive(entry, date);
  if (!parent) return own;
  if (entry.kind === 'district' || withOblast) return `${own} ${ownGenitive(parent, date)}`;
  return own;
}

/**
 * The genitive in header lines: the unit, then its oblast on a line of its own
 * (`['Акжарского района', 'Северо-Казахстанской области']`, `['города Костаная']`).
 * @param entry unit
 * @param date ISO date
 * @returns one or two lines
 */
export function genitiveParts(entry: RegionEntry, date: string): string[] {
  const { parent } = placeOn(entry, date);
  const own = ownGenitive(entry, date);
  return parent && entry.kind === 'district' ? [own, ownGenitive(parent, date)] : [own];
}

/**
 * How a user names the unit in a question (current names, nominative):
 * "Западно-Казахстанская область", "Акжарский район Северо-Казахстанской
 * области", "город Костанай".
 * @param entry unit
 * @returns the question's region string
 */
export function questionName(entry: RegionEntry): string {
  if (entry.kind === 'oblast' || entry.kind === 'republican_city') return entry.name;
  const parent = entry.parentId ? must(entry.parentId) : null;
  if (entry.kind === 'district') return parent ? `${entry.name} ${ownGenitive(parent, '2100-01-01')}` : entry.name;
  return `город ${entry.name}`;
}

/** The unit's own name in the genitive on a date, without its oblast. */
function ownGenitive(entry: RegionEntry, date: string): string {
  switch (entry.kind) {
    case 'oblast': {
      const name = entry.id === 'trk' && date < SOUTH_RENAMED ? 'Южно-Казахстанская область' : entry.name;
      return phraseGenitive(name);
    }
    case 'republican_city': {
      const name = entry.id === 'astana' && date >= NUR_SULTAN.from && date < NUR_SULTAN.to ? 'Нур-Султан' : entry.name;
      return `города ${wordGenitive(name)}`;
    }
    case 'district':
      return phraseGenitive(entry.name);
    case 'city':
      return `города ${wordGenitive(entry.name)}`;
  }
}

/**
 * A nominative phrase in the genitive: "Акжарский район" → "Акжарского района";
 * a phrase led by its generic noun keeps the rest ("район Шал акына" →
 * "района Шал акына", "область Абай" → "области Абай").
 */
function phraseGenitive(name: string): string {
  const words = name.split(' ');
  const nounFirst = NOUNS[words[0] ?? ''];
  if (nounFirst) return [nounFirst, ...words.slice(1)].join(' ');
  return words.map((w) => NOUNS[w] ?? wordGenitive(w)).join(' ');
}

const NOUNS: Record<string, string> = { область: 'области', район: 'района', город: 'города' };

/** One word in the genitive, hyphenated words inflecting their last part. */
function wordGenitive(word: string): string {
  const cut = word.lastIndexOf('-') + 1;
  const head = word.slice(0, cut);
  const w = word.slice(cut);
  const rules: Array<[RegExp, string]> = [
    [/ская$/u, 'ской'],
    [/ая$/u, 'ой'],
    [/([кгх])ий$/u, '$1ого'],
    [/ий$/u, 'его'],
    [/ый$/u, 'ого'],
    [/([гкхжшчщ])а$/u, '$1и'],
    [/а$/u, 'ы'],
    [/ь$/u, 'и'],
    [/й$/u, 'я'],
    [/([бвгдзклмнпрстфхжшчщц])$/u, '$1а'],
  ];
  for (const [re, to] of rules) if (re.test(w)) return head + w.replace(re, to);
  return word; // Актобе, Алматы, Атырау, Кокшетау: indeclinable
}

function must(id: string): RegionEntry {
  const e = regionById(id);
  if (!e) throw new Error(`gazetteer has no ${id}`);
  return e;
}
