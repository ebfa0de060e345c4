/**
 * Word wrapping as the register's PDF extraction shows it: lines of about 80
 * columns, a paragraph's first line indented by six spaces, wrapped lines
 * usually keeping the space they broke at. A hyperlinked phrase (⟦приложению
 * 1⟧) is one token, so a link never breaks across lines.
 */

/** A wrapped line: its indent and its tokens (links still marked). */
export interface Line {
  indent: string;
  tokens: string[];
  /** A space left at the end of the line by the break. */
  trailing: boolean;
}

/** Tokens of a text: words with their punctuation; a marked link with what is glued to it is one token. */
export function tokensOf(text: string): string[] {
  return text.match(/(?:[^\s⟦]*⟦[^⟧]*⟧)+\S*|\S+/gu) ?? [];
}

/** Printed length of a token (without link marks). */
export function printedLength(token: string): number {
  return token.replace(/[⟦⟧]/g, '').length;
}

/**
 * Wraps a paragraph.
 * @param text the paragraph (may hold ⟦links⟧)
 * @param width maximum printed width, indent included
 * @param indent indent of the first line ('' or six spaces)
 * @param trailing probability source: returns true when a wrapped line keeps its trailing space
 * @returns the lines
 */
export function wrap(text: string, width: number, indent: string, trailing: () => boolean): Line[] {
  const tokens = tokensOf(text);
  const lines: Line[] = [];
  let cur: string[] = [];
  let len = indent.length;
  let first = true;
  for (const t of tokens) {
    const l = printedLength(t);
    if (cur.length > 0 && len + 1 + l > width) {
      lines.push({ indent: first ? indent : '', tokens: cur, trailing: trailing() });
      first = false;
      cur = [t];
      len = l;
      continue;
    }
    len += (cur.length > 0 ? 1 : 0) + l;
    cur.push(t);
  }
  if (cur.length > 0) lines.push({ indent: first ? indent : '', tokens: cur, trailing: false });
  return lines;
}
