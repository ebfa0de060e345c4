/**
 * Case forms of place names (склонение топонимов) for matching them in running
 * text: "Западно-Казахстанская область" → "Западно-Казахстанской области",
 * "Акжарский район" → "Акжарском районе", "Костанай" → "Костаная".
 * Forms are folded (see `fold.ts`) and tolerant: they need not agree in case
 * with each other.
 */
import { foldWord } from './fold.js';
import { stem } from './stem.js';

/** The generic nouns of unit names (родовые слова). */
export type KindNoun = 'oblast' | 'district' | 'city'; // область | район | город

/** One word of a name, ready for matching. */
export interface NameWord {
  /** `'kind'` область/район/город; `'declined'` inflects; `'fixed'` never does ("Шал акына"). */
  role: 'kind' | 'declined' | 'fixed';
  /** For `'kind'` words: which noun. */
  kindNoun: KindNoun | null;
  /** All folded forms accepted. */
  forms: ReadonlySet<string>;
  /** Stem accepted as a fallback for `'declined'` words (null: forms only). */
  stem: string | null;
}

/**
 * Folded forms of the generic nouns, with the usual abbreviations (обл., р-н,
 * г.) and the adjectives of body names ("областного маслихата", "районного
 * маслихата", "городского маслихата").
 */
const KIND_FORMS: Readonly<Record<KindNoun, readonly string[]>> = {
  oblast: ['область', 'области', 'областью', 'обл', ...adjectiveEndings('областн', 'hard')],
  district: [
    'район',
    'района',
    'району',
    'районом',
    'районе',
    'р-н',
    'р-на',
    'р-ну',
    'р-ном',
    'р-не',
    ...adjectiveEndings('районн', 'hard'),
  ],
  city: ['город', 'города', 'городу', 'городом', 'городе', 'г', 'гор', ...adjectiveEndings('городск', 'velar')],
};

const KIND_BY_FORM: ReadonlyMap<string, KindNoun> = new Map(
  (Object.keys(KIND_FORMS) as KindNoun[]).flatMap((k) => KIND_FORMS[k].map((f) => [f, k] as const)),
);

/** Adjective stems by their last letter: after к/г/х the masculine ends in -ий, else in -ый. */
type AdjectiveType = 'velar' | 'hard';

/** Ending rules, first match wins: [nominative ending, replacement endings, adjective type]. */
const ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[], AdjectiveType?]> = [
  [/(?<=[кгх])ий$/, ['ий', 'ого', 'ому', 'им', 'ом'], 'velar'], // Акжарский
  [/ий$/, ['ий', 'его', 'ему', 'им', 'ем']], // (soft adjectives)
  [/ый$/, ['ый', 'ого', 'ому', 'ым', 'ом'], 'hard'], // Рудный
  [/(?<=[кгх])ая$/, ['ая', 'ой', 'ую', 'ою'], 'velar'], // Западно-Казахстанская
  [/ая$/, ['ая', 'ой', 'ую', 'ою'], 'hard'],
  [/(?<=[гкхжшчщ])а$/, ['а', 'и', 'е', 'у', 'ой', 'ою']], // (after velars and sibilants)
  [/а$/, ['а', 'ы', 'е', 'у', 'ой', 'ою']], // Астана, Караганда
  [/я$/, ['я', 'и', 'е', 'ю', 'ей']],
  [/й$/, ['й', 'я', 'ю', 'ем', 'е']], // Костанай, Семей
  [/ь$/, ['ь', 'и', 'ью']], // Сарань, Арысь
  [/(?<=[жшчщц])$/, ['', 'а', 'у', 'ом', 'ем', 'е']], // Балхаш
  [/(?<=[бвгдзклмнпрстфх])$/, ['', 'а', 'у', 'ом', 'е']], // Петропавловск, Нур-Султан
];

/**
 * Tells whether a word is a form of a generic noun (область, район, город),
 * including its abbreviations (обл., р-н, г.) and adjectives (областного,
 * районного, городского).
 * @param word a word as written (any case)
 * @returns which generic noun it is, or null
 */
export function kindNounOf(word: string): KindNoun | null {
  return KIND_BY_FORM.get(foldWord(word).replace(/\.$/, '')) ?? null;
}

/**
 * Case forms of one word of a name, folded. Only the last part of a hyphenated
 * word inflects ("Усть-Каменогорска"). Words ending in another vowel
 * (Актобе, Алматы, Атырау) are indeclinable.
 * @param word nominative, as written
 * @param anyGender for adjectives, accept all genders ("Западно-Казахстанского
 *   областного маслихата" for "Западно-Казахстанская область")
 * @returns the folded forms, the nominative first
 */
export function wordForms(word: string, anyGender = false): string[] {
  const folded = foldWord(word);
  const cut = folded.lastIndexOf('-') + 1;
  const head = folded.slice(0, cut);
  const tail = folded.slice(cut);
  for (const [re, endings, adjective] of ENDINGS) {
    const m = re.exec(tail);
    if (!m) continue;
    const base = head + tail.slice(0, m.index);
    const forms =
      anyGender && adjective !== undefined ? adjectiveEndings(base, adjective) : endings.map((e) => base + e);
    return unique([folded, ...forms]);
  }
  return [folded];
}

/**
 * Every case form of an adjective in all three genders.
 * @param base the stem without ending ("акжарск", "районн")
 * @param type `'velar'` (stem ends in к/г/х: -ий) or `'hard'` (-ый)
 * @returns the forms
 */
function adjectiveEndings(base: string, type: AdjectiveType): string[] {
  const masculine = type === 'velar' ? ['ий', 'им'] : ['ый', 'ым'];
  const rest = ['ого', 'ому', 'ом', 'ая', 'ой', 'ую', 'ою', 'ое', 'ые', 'ых', 'ими', 'ыми'];
  return [...masculine, ...rest].map((e) => base + e);
}

/**
 * Splits a nominative name into words ready for matching. A name that starts
 * with its generic noun ("район Шал акына", "область Абай") keeps the rest
 * fixed; otherwise every other word inflects ("Акжарский район").
 * @param name nominative name, e.g. "Северо-Казахстанская область"
 * @param anyGender accept adjectives in all genders (see {@link wordForms})
 * @returns its words in order
 */
export function nameWords(name: string, anyGender = false): NameWord[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const nounFirst = words[0] !== undefined && kindNounOf(words[0]) !== null;
  return words.map((w, i): NameWord => {
    const kind = kindNounOf(w);
    if (kind !== null && (i === 0 || !nounFirst)) {
      return { role: 'kind', kindNoun: kind, forms: new Set(KIND_FORMS[kind]), stem: null };
    }
    if (nounFirst) {
      return { role: 'fixed', kindNoun: null, forms: new Set([foldWord(w)]), stem: null };
    }
    const s = stem(foldWord(w));
    return {
      role: 'declined',
      kindNoun: null,
      forms: new Set(wordForms(w, anyGender)),
      stem: s.length >= 4 ? s : null,
    };
  });
}

/**
 * The matcher word for a generic noun alone, e.g. to require "города" before
 * a city name.
 * @param kind which noun
 * @returns a `'kind'` word accepting all its forms
 */
export function kindWord(kind: KindNoun): NameWord {
  return { role: 'kind', kindNoun: kind, forms: new Set(KIND_FORMS[kind]), stem: null };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
