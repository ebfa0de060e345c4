/** The knowledge base's public API (re-exports only). */
export { openKb, closeKb, pingKb, unavailableError } from './db.js';
export type { BusyNotice, WriteLockOptions } from './backend/write-lock.js';
export { importDocument } from './import/document.js';
export { importFiles, kbTotals, type ImportFile, type ImportOptions, type ImportProgress } from './import/files.js';
export { queryApplicability, candidateVersionsQuery, type ApplicabilityQuery } from './queries/applicability.js';
export { getRegulation, getRegulationText } from './queries/regulations.js';
export { getAct, listActs, type ListActsOptions } from './queries/acts.js';
export { diffRegulation, type EditionRef } from './queries/diff.js';
export { documentActId, getDocument } from './queries/documents.js';
export { actStateOn, type ActStateOnDate } from './temporal/act-state.js';
export { listRegions } from './queries/regions.js';
export { searchKb } from './search/search.js';
export { rebuildSearchIndex } from './search/indexer.js';
export type {
  SearchAnswer,
  SearchHit,
  SearchHitApplicability,
  SearchQuery,
  Snippet,
  TextRange,
} from './search/types.js';
export { formatApplicabilityText } from './format/applicability-text.js';
export { KbError, type KbErrorCode } from './errors.js';
export { commencementBound, settledDate, ASSUMED_PUBLICATION_WINDOW_DAYS } from './temporal/commencement.js';
export { versionAt } from './temporal/applicability.js';
export { isIsoDate } from './temporal/dates.js';
export { REGULATION_KINDS, isRegulationKind } from './temporal/kind.js';
export { NOT_APPLYING_LIMIT } from './queries/not-applying.js';
export type * from './types.js';
export * as shapes from './shapes/index.js';
export { copyKb, tableSum, type CopyReport } from './copy.js';
