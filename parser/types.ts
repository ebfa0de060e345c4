/**
 * The domain shapes the parser produces (contract.md "ParsedDocument").
 * Dates are ISO `YYYY-MM-DD` strings; numbers of acts are strings without `№`/`N`.
 */

/** A half-open character range `[start, end)` in the text the document was parsed from. */
export interface Span {
  start: number;
  end: number;
}

export type ActType = 'resolution' | 'decision' | 'order'; // постановление | решение | приказ/распоряжение
export type IssuerKind = 'akimat' | 'akim' | 'maslikhat';
export type ActStatus = 'in_force' | 'repealed' | 'expired' | 'unknown';
export type CommencementKind = 'after_publication' | 'on_publication' | 'on_registration' | 'fixed_date' | 'unknown';
export type OperationKind =
  | 'replace_regulation' // регламент/правила … изложить в новой редакции
  | 'add_regulation' // утвердить/дополнить … согласно приложению
  | 'replace_appendix' // приложение N изложить в новой редакции
  | 'insert_text' // дополнить абзацем / словами
  | 'delete' // исключить
  | 'replace_words' // слова/цифры «…» заменить словами/цифрами «…»
  | 'replace_provision' // пункт/подпункт … изложить в следующей редакции
  | 'add_provision' // дополнить пунктом 4-1 / подпунктом 5)
  | 'add_row' // дополнить строкой (a row of an appendix table)
  | 'delete_row' // строку … исключить
  | 'replace_row'; // строку … изложить в следующей редакции

/**
 * What kind of document an act approves (утверждает), or `act` when the act approves nothing and
 * its own points are the rule (a tax rate, a quota, a renaming).
 */
export type RegulationKind =
  | 'service_regulation' // Регламент государственной услуги
  | 'rules' // Правила
  | 'procedure' // Порядок
  | 'statute' // Положение
  | 'list' // Перечень
  | 'rates' // Ставки, тарифы, размеры
  | 'methodology' // Методика
  | 'quota' // Квота
  | 'plan' // План, Программа
  | 'act'; // the act itself
export type Severity = 'info' | 'warning' | 'error';

/** Where an act belongs (nominative forms). All null for national acts. */
export interface RegionRef {
  /** Top-level unit: "Западно-Казахстанская область", or a city of republican significance ("Астана"). */
  oblast: string | null;
  /** "Акжарский район" when the issuer is a district body. */
  district: string | null;
  /** A city under the oblast ("Костанай") when the issuer is a city body. */
  city: string | null;
}

/** When an act takes effect, as its clause states it (вводится в действие …). */
export interface Commencement {
  text: string | null;
  kind: CommencementKind;
  /** "по истечении десяти календарных дней" → 10. */
  days: number | null;
  /** The fixed date for `fixed_date`, or the retroactive date (распространяется на отношения, возникшие с …). */
  date: string | null;
}

/** A reference to an act, imported or known only from another act's text. */
export interface ActRef {
  type: ActType | null;
  issuer: string | null;
  adopted: string | null;
  number: string | null;
  title: string | null;
  /** Number in the Реестр государственной регистрации НПА. */
  registryNumber: string | null;
  /** First official publication date, when the text states it. */
  published: string | null;
  /** Where it was published, nominative ("газеты "Орал өңірі" и "Приуралье""). */
  publishedIn?: string | null;
  /** Registration date with the justice body, when the text states it. */
  registered?: string | null;
}

export interface Registration {
  date: string | null;
  number: string | null;
  authority: string | null;
}

/** Expiry of an act (истечение срока): the date its force ends when printed, and the words that say so. */
export interface Expiry {
  /** First day the act is no longer in force (`Срок действия … до 1 января 2000 года` → 2000-01-01), or null. */
  date: string | null;
  text: string;
}

/** A second issuer of a joint act, with its own act type and number. */
export interface CoIssuer {
  type: ActType | null;
  issuer: string;
  issuerKind: IssuerKind;
  number: string | null;
}

export interface ActMeta {
  title: string;
  type: ActType | null;
  issuer: string | null;
  issuerKind: IssuerKind | null;
  region: RegionRef;
  adopted: string | null;
  number: string | null;
  registration: Registration | null;
  commencement: Commencement;
  status: ActStatus;
  repealedBy: (ActRef & { commencement: Commencement }) | null;
  /** The end of force the text states for the act itself (expiry), or null. */
  expiry: Expiry | null;
  /** Further issuers of a joint act (совместное постановление акимата и решение маслихата), in printed order. */
  coIssuers: CoIssuer[];
  /** Signatory as `И. Фамилия`. */
  signedBy: string | null;
}

export interface Operation {
  kind: OperationKind;
  /** The service name as the operative clause quotes it. */
  regulationTitle: string | null;
  /** Number of this act's appendix that carries the new text; null when unnumbered. */
  appendix: number | null;
  /** For insertions/deletions: "пункт 1, абзац 15". */
  where: string | null;
  /** Inserted text, or the replacement words. */
  text: string | null;
  /**
   * Target provision id when the text names one: `point_3`, `point_4-1`, `point_2__subpoint_2`,
   * `row_5`, prefixed `appendix_1__` when an appendix of the amended act is named.
   */
  provision: string | null;
}

export interface Amendment {
  target: ActRef;
  operations: Operation[];
}

export interface Regulation {
  /** 1-based order in the document. */
  position: number;
  /** What the document is: service regulation, rules, procedure … or the act itself. */
  kind: RegulationKind;
  /** Number of the act's `Приложение N` carrying it; null when unnumbered. */
  appendix: number | null;
  title: string;
  approvedBy: { adopted: string | null; number: string | null } | null;
  /** Section headings with their numbers as printed ("1. Общие положения"). */
  sections: string[];
  /** Top-level numbered points of the body as printed. */
  pointCount: number;
  /** The regulation's own appendices, `Приложение N: caption` (`?` when the heading is lost). */
  appendices: string[];
  /** Stable id of the regulation provision in the Markdown tree (`reg_1`). */
  id: string;
}

export interface Diagnostic {
  code: string;
  message: string;
  severity: Severity;
  span?: Span;
}

export interface ParsedDocument {
  act: ActMeta;
  amends: Amendment[];
  repeals: ActRef[];
  regulations: Regulation[];
  diagnostics: Diagnostic[];
  /**
   * Evidence for each extracted fact: JSON path of the fact ("act.adopted", "amends[0].target.number") → span in the
   * input text.
   */
  evidence: Record<string, Span>;
}
