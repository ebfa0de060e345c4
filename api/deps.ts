/** What the routes need from outside: the knowledge base, the parser, settings and the clock. */
import type { BatchParseFn, Kb } from '../kb/index.js';

export interface ApiDeps {
  kb: Kb;
  /** The parser, for POST /api/acts: in place, or on a capped thread (api/upload-parser.ts). */
  parse: BatchParseFn;
  /** Bearer token that allows writes; null: writes are refused (403). */
  token: string | null;
  /** Largest request body accepted, in bytes (413 above). */
  maxBodyBytes: number;
  /** Today's date (ISO), for reads without `?date=`. */
  today: () => string;
}
