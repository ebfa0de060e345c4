/**
 * Which Markdown a `.md` file is: ours (canonical, rendered by render.ts or edited by hand from
 * it) or a third party's consolidated text. Ours escapes every `*`, `<` and line-initial `>`,
 * has one `#` title and `##` only for the act's appendix headers; a third party's has blockquoted
 * appendix headers and footnotes, bold signatures, HTML tables and anchors, fenced blocks, and `#`/`##` headings
 * for the approved documents (almaty-obl-1999-0610-akim-6-188, shymkent-2019-0329-…-47-384-6s).
 */

/** Markup our renderer never writes unescaped; a fenced block (astana-2001-1225-maslikhat-125-26-ii, adilet 11101). */
const FOREIGN = /^ {0,3}>|^\s*<\/?[A-Za-z][^>\n]*>|(?<!\\)\*\*|^\s*#{5,6}\s|^ {0,3}```/mu;
/** Our `##` headings are the act's appendix headers. */
const OUR_H2 = /^(?:Приложение|Утвержден)/iu;

/**
 * Is this our canonical Markdown?
 * @param md a Markdown file's text
 */
export function isCanonicalMarkdown(md: string): boolean {
  if (FOREIGN.test(md)) return false;
  let titles = 0;
  for (const m of md.matchAll(/^(#{1,2})\s+(.*)$/gmu)) {
    if (m[1] === '#' && ++titles > 1) return false;
    if (m[1] === '##' && !OUR_H2.test(m[2]!)) return false;
  }
  return true;
}
