/**
 * A complete text arriving after a truncated text of the same act replaces it (kb/import/truncated.ts):
 * every table, the FTS5 index and the answers are then those of the complete text imported alone, and
 * search finds nothing only the truncated copy held. A truncated text after a complete one stays refused.
 * Runs on both backends (tests/kb is in the postgres project).
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { isPostgres } from '../../kb/backend/dialect.js';
import { closeKb, getAct, importFiles, openKb, searchKb, type Kb } from '../../kb/index.js';
import type { Database } from '../../kb/schema/database.js';
import { parseFile } from '../../parser/index.js';
import { seeds } from '../helpers/seeds.js';
import { importText } from './helpers.js';

/** Every table an import writes; the generated ids and the import time are left out of the dump. */
const TABLES: ReadonlyArray<keyof Database> = [
  'documents',
  'act_facts',
  'act_links',
  'operations',
  'regulation_texts',
  'acts',
  'act_inferences',
  'regulations',
  'regulation_terms',
  'regulation_versions',
  'events',
  'diagnostics',
  'kb_meta',
  'search_entries',
  'search_texts',
  'search_docs',
  'search_terms',
  'search_foreign',
  'search_stats',
];
const GENERATED = new Set(['act_facts', 'act_links', 'operations', 'diagnostics']);

async function dump(kb: Kb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    if (!(await hasTable(kb, table))) continue;
    const rows = (await kb.db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    out[table] = rows
      .map((r) => {
        const { imported_at: _at, ...rest } = r;
        // PostgreSQL numbers search entries from a sequence that a rolled-back or removed entry still used.
        if (GENERATED.has(table) || (table === 'search_entries' && isPostgres(kb.db))) delete rest.id;
        return JSON.stringify(rest);
      })
      .sort();
  }
  return out;
}

/** The SQLite cell-index tables and entry texts exist on SQLite only; `search_entries` on PostgreSQL only. */
async function hasTable(kb: Kb, table: string): Promise<boolean> {
  if (!isPostgres(kb.db)) return table !== 'search_entries';
  return !['search_texts', 'search_docs', 'search_terms', 'search_foreign', 'search_stats'].includes(table);
}

/**
 * What the FTS5 table holds (SQLite), or null on PostgreSQL: per token (stem or cell token), the rows
 * holding it. A contentless table cannot be scanned, so it is read through an fts5vocab table, after
 * FTS5's own integrity check.
 */
async function ftsTokens(kb: Kb): Promise<string[] | null> {
  if (isPostgres(kb.db)) return null;
  await sql`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`.execute(kb.db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_rows USING fts5vocab(main, search_fts, row)`.execute(kb.db);
  const rows = await sql<{ term: string; doc: number }>`SELECT term, doc FROM temp.fts_rows ORDER BY term`.execute(
    kb.db,
  );
  return rows.rows.map((r) => `${r.term} ${r.doc}`);
}

/**
 * A page excerpt of a seed: cut mid-sentence inside its operative part, the first long word after the
 * resolving formula (a whole word; glued runs in the raw text are longer) misspelt with a doubled first
 * letter, as in a scanned page, so that it holds a word the complete text lacks.
 */
function excerptOf(text: string): { cut: string; typo: string } {
  const formula = /ПОСТАНОВЛЯЕТ|РЕШИЛ/.exec(text)!;
  const end = formula.index + formula[0].length;
  const word = /(?<![А-Яа-яЁё-])[а-яё]{8,12}(?![А-Яа-яЁё])/.exec(text.slice(end))!;
  const at = end + word.index;
  const typo = word[0][0] + word[0];
  const cut = text.slice(0, text.indexOf(' ', at + 150));
  return { cut: cut.slice(0, at) + typo + cut.slice(at + word[0].length), typo };
}

describe('a complete text after a truncated one of the same act', () => {
  let kb: Kb | undefined;
  afterEach(async () => {
    if (kb) await closeKb(kb);
    kb = undefined;
  });

  for (const seed of seeds()) {
    it(`leaves the knowledge base as the complete text alone: ${seed.name}`, async () => {
      const { cut, typo } = excerptOf(seed.text);
      kb = await openKb(':memory:');
      await importText(kb, seed.text, 'whole.txt');
      const alone = await dump(kb);
      const aloneFts = await ftsTokens(kb);
      const actId = JSON.parse(alone.documents![0]!).act_id as string;
      const aloneAct = await getAct(kb, actId);
      const word = /[а-яё]{6,}/.exec(seed.text.slice(seed.text.search(/ПОСТАНОВЛЯЕТ|РЕШИЛ/)))![0];
      const aloneSearch = await searchKb(kb, { q: word });
      expect((await searchKb(kb, { q: typo })).total).toBe(0);
      await closeKb(kb);

      kb = await openKb(':memory:');
      const first = await importText(kb, cut, 'cut.txt');
      expect(first.status).toBe('imported');
      // The excerpt is flagged, and found by its own word until the complete text arrives.
      expect((await dump(kb)).diagnostics!.some((d) => JSON.parse(d).code === 'truncated')).toBe(true);
      expect((await searchKb(kb, { q: typo })).total).toBeGreaterThan(0);
      expect((await importText(kb, seed.text, 'whole.txt')).status).toBe('imported');

      expect(await dump(kb)).toEqual(alone);
      expect(await ftsTokens(kb)).toEqual(aloneFts);
      expect((await searchKb(kb, { q: typo })).total).toBe(0);
      expect(await searchKb(kb, { q: word })).toEqual(aloneSearch);
      expect(await getAct(kb, actId)).toEqual(aloneAct);
      if (!isPostgres(kb.db)) {
        // Cells are kept (kb/search/indexer.ts unindexDocument): a superset, never a cell missing.
        const cells = async (k: Kb) =>
          (await k.db.selectFrom('search_cells').selectAll().execute()).map((c) => `${c.term}:${c.cell}`);
        const now = new Set(await cells(kb));
        await closeKb(kb);
        kb = await openKb(':memory:');
        await importText(kb, seed.text, 'whole.txt');
        for (const c of await cells(kb)) expect(now.has(c)).toBe(true);
      }
    });
  }

  it('in one batch import: the excerpt, the complete text failing, then the complete text', async () => {
    const seed = seeds()[1]!;
    const { cut, typo } = excerptOf(seed.text);
    kb = await openKb(':memory:');
    await importText(kb, seed.text, 'whole.txt');
    const alone = await dump(kb);
    const aloneFts = await ftsTokens(kb);
    await closeKb(kb);

    // The complete text's first copy fails after its index rows are made (test-only fault).
    const condition = sql`(SELECT count(*) FROM documents WHERE filename = 'whole-fails.txt') > 0`;
    const inject = async (k: Kb) => {
      if (isPostgres(k.db)) {
        await sql`CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql
          AS $$BEGIN IF ${condition} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END$$`.execute(k.db);
        await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions
          FOR EACH ROW EXECUTE FUNCTION inject_failure()`.execute(k.db);
      } else
        await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions WHEN ${condition}
          BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(k.db);
    };
    const parse = (text: string, filename: string) => parseFile(text, filename);
    const cutFile = { path: 'cut.txt', text: cut };
    const failing = { path: 'whole-fails.txt', text: seed.text };

    // The excerpt's rows are written before the complete text (which may remove it) opens its
    // savepoint; that text failing leaves the excerpt indexed and found.
    kb = await openKb(':memory:');
    await inject(kb);
    const first = await importFiles(kb, [cutFile, failing], parse);
    expect(first).toMatchObject({ imported: 1, failed: [{ file: 'whole-fails.txt' }] });
    expect((await searchKb(kb, { q: typo })).total).toBeGreaterThan(0);
    if (!isPostgres(kb.db)) await sql`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`.execute(kb.db);
    await closeKb(kb);

    // All in one batch: the complete text replaces the excerpt, found by its own words only.
    kb = await openKb(':memory:');
    await inject(kb);
    const all = await importFiles(kb, [cutFile, failing, { path: 'whole.txt', text: seed.text }], parse);
    expect(all).toMatchObject({ imported: 2, failed: [{ file: 'whole-fails.txt' }] });
    expect(await dump(kb)).toEqual(alone);
    expect(await ftsTokens(kb)).toEqual(aloneFts);
    expect((await searchKb(kb, { q: typo })).total).toBe(0);
  });

  it('a truncated text after the complete one stays refused, and the excerpt again after a replacement', async () => {
    const seed = seeds()[0]!;
    const { cut } = excerptOf(seed.text);
    kb = await openKb(':memory:');
    await importText(kb, cut, 'cut.txt');
    await importText(kb, seed.text, 'whole.txt');
    const replaced = await dump(kb);
    await expect(importText(kb, cut, 'cut.txt')).rejects.toMatchObject({ code: 'import_failed' });
    expect(await dump(kb)).toEqual(replaced);
  });
});
