import { findDates } from '../lib/dates.js';
import { parseActNumber } from '../lib/numbers.js';

/** Places of publication, as the clause writes them (prepositional) → nominative. */
const PLACE_NOMINATIVE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^районных газетах/u, 'районные газеты'],
  [/^областных газетах/u, 'областные газеты'],
  [/^газетах/u, 'газеты'],
  [/^газете/u, 'газета'],
  [/^информационно-правовой системе/u, 'информационно-правовая система'],
  [/^Эталонном контрольном банке/u, 'Эталонный контрольный банк'],
];

export interface TargetFacts {
  registryNumber: string | null;
  registered: string | null;
  published: string | null;
  publishedIn: string | null;
  /** Texts the facts were read from, for evidence. */
  registryText: string | null;
  publishedText: string | null;
}

/**
 * Facts about a referenced act stated in passing: "(зарегистрированное в Реестре государственной
 * регистрации нормативных правовых актов № 4030, опубликованное от 3 октября 2015 года в газетах …)".
 */
export function readTargetFacts(text: string): TargetFacts {
  const reg = /Реестре[^№]{0,120}?(?:за\s+)?(№\s*[^\s,;)]+)(?:\s+от\s+)?/u.exec(text);
  let registered: string | null = null;
  if (reg && /\s+от\s+$/u.test(reg[0])) {
    const d = findDates(text.slice(reg.index + reg[0].length, reg.index + reg[0].length + 30))[0];
    if (d && d.start === 0) registered = d.iso;
  }
  const pub = /опубликован\p{L}*\s+(?:от\s+)?/u.exec(text);
  let published: string | null = null;
  let publishedText: string | null = null;
  let publishedIn: string | null = null;
  if (pub) {
    const after = text.slice(pub.index + pub[0].length);
    const d = findDates(after.slice(0, 40))[0];
    if (d && d.start === 0) {
      published = d.iso;
      publishedText = d.text;
      const place = /^\s*(?:года\s+)?в\s+(.+?)\)?(?:\s+следующ|\s*$)/u.exec(after.slice(d.end));
      if (place) {
        let where = place[1]!.replace(/\)+$/u, '').trim();
        for (const [re, nom] of PLACE_NOMINATIVE) where = where.replace(re, nom);
        publishedIn = where;
      }
    }
  }
  return {
    registryNumber: reg ? parseActNumber(reg[1]!) : null,
    registered,
    published,
    publishedIn,
    registryText: reg?.[1] ?? null,
    publishedText,
  };
}
