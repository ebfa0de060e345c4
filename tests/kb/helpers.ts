/** Shared set-up for the kb tests: fresh in-memory knowledge bases and canonical dumps. */
import { sql } from 'kysely';
import {
  getAct,
  getRegulation,
  importDocument,
  listActs,
  listRegions,
  openKb,
  queryApplicability,
  type Kb,
} from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import type { SeedDocument } from './gold-as-parsed.js';

/**
 * Opens an in-memory knowledge base and imports the given seeds in order.
 * @param seeds documents to import
 * @returns the open knowledge base
 */
export async function kbWith(seeds: readonly SeedDocument[]): Promise<Kb> {
  const kb = await openKb(':memory:');
  for (const s of seeds) await importSeed(kb, s);
  return kb;
}

/**
 * Parses a text as the CLI does and imports it with its Markdown and regulation texts.
 * @param kb knowledge base
 * @param text the document's text
 * @param filename its name
 * @returns the import result
 */
export function importText(kb: Kb, text: string, filename: string) {
  const { parsed, markdown, regulationTexts } = parseFile(text, filename);
  return importDocument(kb, { text, filename, parsed, markdown, ...(regulationTexts ? { regulationTexts } : {}) });
}

/**
 * Imports one seed.
 * @param kb knowledge base
 * @param s the seed
 * @returns the import result
 */
export function importSeed(kb: Kb, s: SeedDocument) {
  return importDocument(kb, {
    text: s.text,
    filename: s.filename,
    parsed: s.parsed,
    ...(s.markdown ? { markdown: s.markdown } : {}),
  });
}

/** Regions and dates every dump asks about. */
const QUERIES: Array<{ region: string; date: string; service?: string }> = [];
for (const region of ['ЗКО', 'Жамбылская область', 'СКО', 'Акжарский район']) {
  for (const date of [
    '2012-12-01',
    '2013-03-25',
    '2013-05-01',
    '2013-06-15',
    '2014-07-01',
    '2015-03-01',
    '2015-08-20',
    '2015-10-10',
    '2016-01-01',
    '2018-04-15',
    '2018-07-01',
    '2019-08-15',
    '2019-12-31',
    '2020-06-20',
    '2020-08-01',
  ]) {
    QUERIES.push({ region, date });
  }
}

/**
 * Everything a user could see, in a canonical form: derived tables (without
 * autoincrement ids) and many answers. Two knowledge bases that answer alike
 * have equal dumps.
 * @param kb knowledge base
 * @returns JSON-able dump
 */
export async function dumpKnowledge(kb: Kb): Promise<Record<string, unknown>> {
  const db = kb.db;
  const acts = await db.selectFrom('acts').selectAll().orderBy('id').execute();
  const inferences = await db.selectFrom('act_inferences').selectAll().orderBy('act_id').execute();
  const regulations = await db.selectFrom('regulations').selectAll().orderBy('id').execute();
  const versions = await db.selectFrom('regulation_versions').selectAll().orderBy('id').execute();
  const serviceIndex = await db
    .selectFrom('regulation_terms')
    .selectAll()
    .orderBy(['term', 'region_id', 'regulation_id'])
    .execute();
  const events = await db.selectFrom('events').selectAll().orderBy('id').execute();
  const diagnostics = (
    await db
      .selectFrom('diagnostics')
      .select([
        'origin',
        'scope_id',
        'document_id',
        'act_id',
        'regulation_id',
        'code',
        'message',
        'severity',
        'span_start',
        'span_end',
      ])
      .execute()
  )
    .map((d) => JSON.stringify(d))
    .sort();
  const facts = (
    await db.selectFrom('act_facts').select(['act_id', 'field', 'value', 'document_id', 'role', 'path']).execute()
  )
    .map((f) => JSON.stringify(f))
    .sort();
  const answers = [];
  for (const q of QUERIES) answers.push(await queryApplicability(kb, q));
  const timelines = [];
  for (const r of regulations) timelines.push(await getRegulation(kb, r.id));
  const details = [];
  for (const a of acts) details.push(await getAct(kb, a.id));
  const lists = {
    acts: await listActs(kb),
    regions: (await listRegions(kb)).filter((r) => r.acts > 0 || r.regulations > 0),
  };
  return {
    acts,
    inferences,
    regulations,
    versions,
    serviceIndex,
    events,
    diagnostics,
    facts,
    answers,
    timelines,
    details,
    lists,
  };
}

/**
 * Runs `PRAGMA integrity_check` (SQLite-specific; tests only; `['ok']` on PostgreSQL).
 * @param kb knowledge base
 * @returns the check's rows, `['ok']` when sound
 */
export async function integrityCheck(kb: Kb): Promise<string[]> {
  // PostgreSQL has no whole-database check; its own consistency is not what these tests probe.
  if (kb.backend === 'postgres') return ['ok'];
  const result = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(kb.db);
  return result.rows.map((r) => r.integrity_check);
}

/**
 * Finds a regulation id by a fragment of its title within an approving act.
 * @param kb knowledge base
 * @param baseActId approving act
 * @param titlePart a fragment of the title
 * @returns the id
 */
export async function regulationIdOf(kb: Kb, baseActId: string, titlePart: string): Promise<string> {
  const rows = await kb.db
    .selectFrom('regulations')
    .select(['id', 'title'])
    .where('base_act_id', '=', baseActId)
    .execute();
  const hit = rows.filter((r) => r.title.includes(titlePart));
  if (hit.length !== 1 || !hit[0])
    throw new Error(`expected one regulation of ${baseActId} titled *${titlePart}*, found ${hit.length}`);
  return hit[0].id;
}
