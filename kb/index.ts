/** The knowledge base's public API (re-exports only). */
export { openKb, closeKb } from './db.js';
export { importDocument } from './import/document.js';
export { importFiles, kbTotals, type ImportProgress } from './import/files.js';
export { queryApplicability, candidateVersionsQuery, type ApplicabilityQuery } from './queries/applicability.js';
export { getRegulation, getRegulationText } from './queries/regulations.js';
export { getAct, listActs, type ListActsOptions } from './queries/acts.js';
export { listRegions } from './queries/regions.js';
export { formatApplicabilityText } from './format/applicability-text.js';
export { benchKb, type BenchOptions, type BenchResult } from './bench.js';
export { KbError, type KbErrorCode } from './errors.js';
export { commencementBound, settledDate, ASSUMED_PUBLICATION_WINDOW_DAYS } from './temporal/commencement.js';
export { versionAt } from './temporal/applicability.js';
export type * from './types.js';
