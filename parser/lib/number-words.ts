/**
 * Cardinal numbers written in Russian words (количественные числительные) in
 * any case: "по истечении десяти календарных дней" → 10.
 */

/** Word form → [value, slot]; slot 3 hundreds, 2 tens, 1 units, 0 teens (10–19). */
const NUMBER_FORMS: ReadonlyMap<string, readonly [number, 0 | 1 | 2 | 3]> = buildForms();

/**
 * Parses a cardinal number written in digits, words or both.
 * @param s `10`, `десяти`, `двадцати одного`, `10 (десяти)`, `десяти (10)`;
 *   case-insensitive, any grammatical case, up to 999 in words
 * @returns the number, or null when `s` is not a number or the digits and the
 *   words in parentheses disagree (`10 (пяти)`)
 */
export function parseRussianNumberWord(s: string): number | null {
  const text = s.trim().toLowerCase().replace(/ё/g, 'е');
  const pair = /^([^()]+?)\s*\(\s*([^()]+?)\s*\)$/.exec(text);
  if (pair) {
    const a = parseSimple(pair[1] ?? '');
    const b = parseSimple(pair[2] ?? '');
    return a !== null && a === b ? a : null;
  }
  return parseSimple(text);
}

/** Digits alone or words alone. */
function parseSimple(text: string): number | null {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  let total = 0;
  let lastSlot = 4;
  for (const w of words) {
    const hit = NUMBER_FORMS.get(w);
    if (hit === undefined) return null;
    const [value, slot] = hit;
    // Hundreds, then tens, then units; teens (10–19) take the place of tens and units.
    if (slot >= lastSlot || (slot === 0 && lastSlot < 3)) return null;
    total += value;
    lastSlot = slot;
  }
  return total;
}

function buildForms(): Map<string, readonly [number, 0 | 1 | 2 | 3]> {
  const map = new Map<string, readonly [number, 0 | 1 | 2 | 3]>();
  const add = (value: number, slot: 0 | 1 | 2 | 3, forms: readonly string[]): void => {
    for (const f of forms) map.set(f, [value, slot]);
  };
  add(1, 1, ['один', 'одного', 'одному', 'одним', 'одном', 'одна', 'одной', 'одну', 'одно', 'одни', 'одних']);
  add(2, 1, ['два', 'две', 'двух', 'двум', 'двумя']);
  add(3, 1, ['три', 'трех', 'трем', 'тремя']);
  add(4, 1, ['четыре', 'четырех', 'четырем', 'четырьмя']);
  const soft = (stemText: string): string[] => [`${stemText}ь`, `${stemText}и`, `${stemText}ью`];
  add(5, 1, soft('пят'));
  add(6, 1, soft('шест'));
  add(7, 1, soft('сем'));
  add(8, 1, ['восемь', 'восьми', 'восемью', 'восьмью']);
  add(9, 1, soft('девят'));
  add(10, 0, soft('десят'));
  const teens = [
    'одиннадцат',
    'двенадцат',
    'тринадцат',
    'четырнадцат',
    'пятнадцат',
    'шестнадцат',
    'семнадцат',
    'восемнадцат',
    'девятнадцат',
  ];
  teens.forEach((t, i) => {
    add(11 + i, 0, soft(t));
  });
  add(20, 2, soft('двадцат'));
  add(30, 2, soft('тридцат'));
  add(40, 2, ['сорок', 'сорока']);
  add(50, 2, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
  add(60, 2, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
  add(70, 2, ['семьдесят', 'семидесяти', 'семьюдесятью']);
  add(80, 2, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']);
  add(90, 2, ['девяносто', 'девяноста']);
  add(100, 3, ['сто', 'ста']);
  add(200, 3, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']);
  const hundreds: ReadonlyArray<readonly [number, string, string]> = [
    [300, 'триста', 'трехсот'],
    [400, 'четыреста', 'четырехсот'],
    [500, 'пятьсот', 'пятисот'],
    [600, 'шестьсот', 'шестисот'],
    [700, 'семьсот', 'семисот'],
    [800, 'восемьсот', 'восьмисот'],
    [900, 'девятьсот', 'девятисот'],
  ];
  for (const [value, nom, gen] of hundreds) add(value, 3, [nom, gen]);
  return map;
}
