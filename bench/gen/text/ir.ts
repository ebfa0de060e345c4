/**
 * The flavour-neutral shape of a generated document: a list of paragraphs of
 * known kinds. Hyperlinked words (references to acts, appendices, points,
 * laws) are wrapped in ⟦…⟧ so the PDF renderer can displace them the way the
 * register's extraction did; every other renderer drops the brackets.
 */

/** Paragraph kinds, in document order. */
export type ParaKind =
  | 'title' // заголовок
  | 'status' // Утративший силу
  | 'meta' // Постановление акимата … Зарегистрировано …
  | 'footnote' // Сноска. …
  | 'note' // Примечание РЦПИ
  | 'body' // preamble and other indented act paragraphs
  | 'point' // operative point "1. …"
  | 'sub' // operative subpoint "1) …" or an indented operation line
  | 'sign' // Аким области А. Кульгинов
  | 'header' // appendix header lines (Приложение 1 / к постановлению …), `lines`
  | 'regTitle' // Регламент государственной услуги "…"
  | 'section' // 1. Общие положения
  | 'rpoint' // a point of a regulation
  | 'rsub' // a subpoint of a regulation
  | 'rtext' // an unnumbered paragraph of a regulation
  | 'ownHeader' // the regulation's own appendix header lines, `lines`
  | 'caption' // its caption
  | 'cells'; // table cells, one per line, `lines`

/** One paragraph. */
export interface Para {
  kind: ParaKind;
  /** Text with ⟦links⟧; for line-based kinds, the lines joined by \n. */
  text: string;
  /** Line-based kinds: each line as printed (may hold ⟦links⟧ too). */
  lines?: string[];
  /** True when the paragraph states facts the truth depends on (damage there must stay repairable). */
  facts?: boolean;
}

/** A whole document before rendering. */
export interface DocIR {
  paras: Para[];
  /** Print `N` for the number sign (older texts). */
  latinN: boolean;
  /** Quote with «» (older texts, seed 004) instead of "". */
  guillemets: boolean;
}

export const LINK_OPEN = '⟦';
export const LINK_CLOSE = '⟧';

/** Marks a hyperlinked phrase. */
export function link(s: string): string {
  return `${LINK_OPEN}${s}${LINK_CLOSE}`;
}

/**
 * Straight quotes → «»: a quote after a space, an opening bracket or another
 * opening quote (or at the start) opens, any other closes. Nested titles keep
 * the register's single closing quote: «Об … услуги «Назначение жилищной помощи».
 * @param s text with straight quotes
 * @returns the text with guillemets
 */
export function guillemets(s: string): string {
  return s.replace(/"/g, (_q, at: number) => (at === 0 || /[\s(«⟦\n]/u.test(s[at - 1] ?? '') ? '«' : '»'));
}

/**
 * The document with its quotes as the act prints them.
 * @param ir the document
 * @returns its paragraphs
 */
export function printedParas(ir: DocIR): Para[] {
  if (!ir.guillemets) return ir.paras;
  return ir.paras.map((p) => ({
    ...p,
    text: guillemets(p.text),
    ...(p.lines ? { lines: p.lines.map(guillemets) } : {}),
  }));
}

/** Drops link marks. */
export function unlink(s: string): string {
  return s.replace(/[⟦⟧]/g, '');
}
