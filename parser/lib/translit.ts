/**
 * A loose Latin key for Russian and Kazakh names (транслитерация), so that
 * "Petropavlovsk", "Shymkent", "Akzharskiy" and "Kostanay" compare equal to the
 * Cyrillic names whatever romanization the user picked.
 */
import { foldWord } from './fold.js';

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Folds Cyrillic or Latin text to a comparison key: transliterated, lower
 * case, diacritics dropped, `y`/`i`/`j` merged, `kh`→`h`, `q`→`k`, `dzh`→`zh`,
 * apostrophes and doubled letters removed.
 * @param s a name in Cyrillic or Latin letters
 * @returns the key; equal keys mean "probably the same name"
 */
export function latinKey(s: string): string {
  const latin = [...foldWord(s)].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`ʼ]/g, '')
    .replace(/dzh/g, 'zh')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/[^a-z0-9 -]/g, '');
}
