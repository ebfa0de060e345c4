/**
 * The generator's world: acts of local bodies, the regulations they approve
 * and change, and how each act's text is rendered. Everything the truth
 * needs is here, in the generator's own terms; nothing is read back from
 * zankb.
 */

/** How an act takes effect (its own clause). */
export interface Clause {
  kind: 'after_publication' | 'on_publication' | 'on_registration' | 'fixed_date';
  /** For after_publication: always 10 here ("по истечении десяти календарных дней"). */
  days: number | null;
  /** For fixed_date. */
  date: string | null;
  /** Adds "и распространяется на отношения, возникшие с …" (does not change the date). */
  retroactiveFrom: string | null;
  /** Wording variant index (see render/clauses.ts). */
  variant: number;
}

/** An issuing body (орган). */
export interface Body {
  /** Gazetteer id of the unit. */
  regionId: string;
  kind: 'akimat' | 'maslikhat';
}

/** Text flavours of the register (domain.md §2). */
export type Flavour = 'pdf' | 'pdf-spaced' | 'docx';

/** An operation of an amending act on one regulation of the amended act. */
export interface Operation {
  /** `exclude`: the whole regulation is struck out ("регламент … исключить"). */
  kind: 'replace' | 'add' | 'edit' | 'exclude';
  /** Lineage it acts on. */
  lineage: string;
  /** Appendix of the amending act carrying the new text (replace/add); null when unnumbered or for edits. */
  appendix: number | null;
  /** For edits: the wording (insertion, word replacement, exclusion). */
  edit: 'insert' | 'replace_words' | 'delete' | null;
}

/** "Внести в постановление … следующие изменения": one amended act and the operations on it. */
export interface Amendment {
  target: string;
  operations: Operation[];
}

/** One act of the world. */
export interface Act {
  key: string;
  body: Body;
  type: 'resolution' | 'decision';
  adopted: string;
  number: string;
  registered: string;
  registryNumber: string;
  published: string;
  publishedIn: string;
  clause: Clause;
  /** When it really took effect (from clause and dates). */
  effective: string;
  role: 'approve' | 'amend' | 'repeal';
  /** Sphere of the family it belongs to (titles, vocabulary). */
  sphere: string;
  /** Regulations it approves: lineage ids with their appendix numbers (null: unnumbered). */
  approves: Array<{ lineage: string; appendix: number | null }>;
  amends: Amendment[];
  /** Acts it repeals by a "Признать утратившим силу" clause. */
  repeals: string[];
  /** The act that repealed it (the world's fact). */
  repealedBy: string | null;
  /** Whether the generated corpus holds its text. */
  rendered: boolean;
  flavour: Flavour;
  /** Rendering choices fixed once, so the text is a function of the seed. */
  style: ActStyle;
}

/** Per-act rendering choices. */
export interface ActStyle {
  /** Print the number sign as `N` (older texts) instead of `№`. */
  latinN: boolean;
  /** Quote with «» instead of "". */
  guillemets: boolean;
  /**
   * Approving act: list regulations as numbered appendices ("Приложение 1 к постановлению") rather than "Утвержден"
   * only.
   */
  numberedAppendices: boolean;
  /** Footnote of a repealed act states the repealer's clause in parentheses. */
  footnoteClause: boolean;
  /** Amending act: operations as subpoints "1) …" rather than indented paragraphs. */
  opsAsSubpoints: boolean;
  /** Register's editorial note "Примечание РЦПИ". */
  editorialNote: boolean;
  /** Signatory. */
  signer: string;
  /** Where the act was published (for references to it). */
  mentionPublication: boolean;
  mentionRegistrationDate: boolean;
  /** Seed for the act's body texts. */
  textSeed: number;
}

/** A regulation (регламент) of one service approved by one act, through its editions. */
export interface Lineage {
  id: string;
  /** The approving act (the regulation belongs to it). */
  base: string;
  service: string;
  sphere: string;
  regionId: string;
  /** Editions in order: the act carrying each, and how. */
  editions: Array<{ act: string; kind: 'base' | 'replace' | 'add' | 'edit'; appendix: number | null }>;
  /** The act whose commencement ends it (the repeal of the base act, or an exclusion), null while in force. */
  endedBy: string | null;
}

/** The whole world. */
export interface World {
  seed: number;
  /** The register's snapshot date: texts show every repeal adopted before it. */
  crawlDate: string;
  acts: Map<string, Act>;
  lineages: Map<string, Lineage>;
}
