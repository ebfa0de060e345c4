/** Typed errors of the knowledge base; the API maps `code` to an HTTP status. */

/** Machine-readable error kinds. */
export type KbErrorCode =
  | 'unknown_region' // the region query matched no gazetteer entry
  | 'ambiguous_region' // it matched several unrelated entries
  | 'not_found' // no act/regulation with that id
  | 'not_in_force' // the regulation has no edition on that date
  | 'invalid_input' // a malformed date, id or ParsedDocument
  | 'text_not_available' // the edition is known only by reference; its text is not imported
  | 'import_failed' // a document could not be imported
  | 'cannot_open' // the database file could not be opened (a folder, not writable, not SQLite, damaged)
  | 'busy' // another writer held the SQLite write lock longer than the busy timeout; retry later
  | 'unavailable'; // the database server cannot be reached now (PostgreSQL down or restarting)

/** An error with a code the CLI and API can act on, and a message for people. */
export class KbError extends Error {
  /**
   * @param code machine-readable kind
   * @param message human explanation (what was wrong, what would work)
   * @param details extra JSON, e.g. near matches for an unknown region
   */
  constructor(
    readonly code: KbErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'KbError';
  }
}
