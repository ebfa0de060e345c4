/** Shared set-up for the kb tests: a fresh in-memory knowledge base with seeds imported. */
import { importDocument, openKb, type Kb } from '../../kb/index.js';
import type { SeedDocument } from './gold-as-parsed.js';

/**
 * Opens an in-memory knowledge base and imports the given seeds in order.
 * @param seeds documents to import
 * @returns the open knowledge base
 */
export async function kbWith(seeds: readonly SeedDocument[]): Promise<Kb> {
  const kb = await openKb(':memory:');
  for (const s of seeds) await importDocument(kb, { text: s.text, filename: s.filename, parsed: s.parsed, ...(s.markdown ? { markdown: s.markdown } : {}) });
  return kb;
}
