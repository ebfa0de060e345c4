/**
 * Character tests for the hand-written scans that replace regular expressions on hot paths
 * (each run over every document). They answer exactly what the named regex class answers.
 */

/** `\s` of a regular expression (WhiteSpace and LineTerminator), for one UTF-16 code unit. */
export function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
