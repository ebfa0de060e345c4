/**
 * A regular expression written over several lines, so that a long one reads one alternative or part per
 * line within the 120-column limit. `pattern('u')` tags a template whose raw text is the pattern, exactly as
 * between the slashes of a literal, with each line break and the indentation after it removed; `${…}` inserts
 * another expression's source (a RegExp) or a string as written.
 *
 * ```ts
 * const CLOSING = pattern('u')`
 *   ^(?:Аким|Председатель)
 *   \s+${BODY}
 * `;
 * ```
 * @param flags the flags of the result
 * @returns a template tag building the RegExp
 */
export function pattern(
  flags = '',
): (strings: TemplateStringsArray, ...parts: ReadonlyArray<RegExp | string>) => RegExp {
  return (strings, ...parts) => {
    let source = strings.raw[0] ?? '';
    parts.forEach((part, i) => {
      source += (typeof part === 'string' ? part : part.source) + (strings.raw[i + 1] ?? '');
    });
    return new RegExp(source.replace(/\n[ \t]*/g, ''), flags);
  };
}
