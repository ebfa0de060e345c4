/** Quoted words in amending clauses: blanked so they are not read as places or verbs, and stripped. */

export function unquote(s: string): string {
  return s
    .trim()
    .replace(/^["«]/u, '')
    .replace(/["»]\s*[.;]?$/u, '')
    .trim();
}

/**
 * The clause with the inside of every quotation blanked (same length): quoted old and new words
 * («слова "25 000" заменить цифрами "35 000"») must not be read as places or verbs. «…» nest by depth; a
 * straight quote closes when no letter or digit follows it, else it opens a nested one.
 */
export function maskQuoted(text: string): string {
  const chars = text.split('');
  const stack: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1] ?? ' ';
    if (c === '«' || c === '“') {
      stack.push(c);
      if (stack.length === 1) continue;
    } else if ((c === '»' || c === '”') && stack.length > 0) {
      stack.pop();
      if (stack.length === 0) continue;
    } else if (c === '"') {
      if (stack[stack.length - 1] === '"' && !/[\p{L}\d]/u.test(next)) {
        stack.pop();
        if (stack.length === 0) continue;
      } else {
        stack.push(c);
        if (stack.length === 1) continue;
      }
    }
    if (stack.length > 0) chars[i] = ' ';
  }
  return chars.join('');
}
