/**
 * A bad file among good ones: the good ones import, the bad one is reported
 * with file and reason, the database is sound and holds no trace of it.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  closeKb,
  importDocument,
  importFiles,
  KbError,
  openKb,
  type BatchParseFn,
  type ParseFn,
} from '../../kb/index.js';
import type { ParsedDocument } from '../../parser/types.js';
import { loadSeedDocuments } from './gold-as-parsed.js';
import { dumpKnowledge, integrityCheck, kbWith } from './helpers.js';

const BAD_TEXT = 'Это не нормативный правовой акт, а список покупок: хлеб, молоко.';

describe('bad files', () => {
  it('one bad file among good ones: good ones import, the bad one is reported and leaves no trace', async () => {
    const seeds = await loadSeedDocuments();
    const byText = new Map(seeds.map((s) => [s.text, s]));
    const parse: ParseFn = (text, filename) => {
      if (filename.endsWith('throws.txt')) throw new Error('parser crashed: unexpected end of input');
      const s = byText.get(text);
      if (!s) {
        // What a parser makes of a text that is not an act: nothing identifies it.
        const empty = structuredClone(seeds[0]?.parsed) as ParsedDocument;
        empty.act = { ...empty.act, adopted: null, number: null, title: '' };
        return { parsed: empty, markdown: text };
      }
      return { parsed: s.parsed, markdown: '' };
    };
    const files = [
      ...seeds.slice(0, 2).map((s) => ({ path: s.filename, text: s.text })),
      { path: 'corpus/shopping.txt', text: BAD_TEXT },
      { path: 'corpus/throws.txt', text: 'whatever' },
      ...seeds.slice(2).map((s) => ({ path: s.filename, text: s.text })),
    ];
    const kb = await openKb(':memory:');
    const progress: string[] = [];
    const summary = await importFiles(kb, files, parse, (done, total, file) =>
      progress.push(`${done}/${total} ${file}`),
    );
    expect(summary.imported).toBe(5);
    expect(summary.unchanged).toBe(0);
    expect(summary.failed).toEqual([
      { file: 'corpus/shopping.txt', reason: expect.stringContaining('cannot identify the act') },
      { file: 'corpus/throws.txt', reason: 'parser crashed: unexpected end of input' },
    ]);
    expect(summary.totals).toMatchObject({ documents: 5, acts: 12, regulations: 34, versions: 49 });
    expect(progress).toHaveLength(7);
    expect(await integrityCheck(kb)).toEqual(['ok']);

    const clean = await kbWith(seeds);
    expect(await dumpKnowledge(kb)).toEqual(await dumpKnowledge(clean));
    const texts = await kb.db.selectFrom('documents').select('filename').orderBy('filename').execute();
    expect(texts.map((t) => t.filename)).not.toContain('corpus/shopping.txt');
    await closeKb(clean);

    const again = await importFiles(kb, files, parse);
    expect(again).toMatchObject({ imported: 0, unchanged: 5 });
    expect(again.failed).toHaveLength(2);
    await closeKb(kb);
  });

  it(
    'a parser that answers later and out of order (parser threads): files ' +
      'still import in their order, failures still reported',
    async () => {
      const seeds = await loadSeedDocuments();
      const byText = new Map(seeds.map((s) => [s.text, s]));
      // Each answer comes after its own delay, so later files are often ready before earlier ones.
      const delays = [30, 1, 20, 5, 0, 12, 3];
      let calls = 0;
      const parse: BatchParseFn = (text, filename) =>
        new Promise((resolve, reject) => {
          const delay = delays[calls++ % delays.length]!;
          setTimeout(() => {
            if (filename.endsWith('throws.txt')) return reject(new Error('parser crashed: unexpected end of input'));
            const s = byText.get(text);
            if (!s) return reject(new Error(`no seed for ${filename}`));
            resolve({ parsed: s.parsed, markdown: '' });
          }, delay);
        });
      const files = [
        ...seeds.slice(0, 2).map((s) => ({ path: s.filename, text: s.text })),
        { path: 'corpus/throws.txt', text: 'whatever' },
        {
          path: 'corpus/unreadable.txt',
          read: () => {
            throw new Error('cannot read (EACCES)');
          },
        },
        ...seeds.slice(2).map((s) => ({ path: s.filename, text: s.text })),
      ];
      const kb = await openKb(':memory:');
      const progress: string[] = [];
      const summary = await importFiles(kb, files, parse, (_done, _total, file) => progress.push(file), {
        lookahead: 3,
        batchSize: 2,
        keepResults: false,
      });
      expect(progress).toEqual(files.map((f) => f.path));
      expect(summary).toMatchObject({ imported: 5, unchanged: 0, results: [] });
      expect(summary.failed).toEqual([
        { file: 'corpus/throws.txt', reason: 'parser crashed: unexpected end of input' },
        { file: 'corpus/unreadable.txt', reason: 'cannot read (EACCES)' },
      ]);
      expect(calls).toBe(6);
      const clean = await kbWith(seeds);
      expect(await dumpKnowledge(kb)).toEqual(await dumpKnowledge(clean));
      await closeKb(clean);
      await closeKb(kb);
    },
  );

  it('a document failing halfway through its transaction is rolled back completely', async () => {
    const seeds = await loadSeedDocuments();
    const s = seeds.find((x) => x.seed === '002');
    if (!s) throw new Error('seed 002 missing');
    const kb = await openKb(':memory:');
    // Fault injection (test-only SQL): the last table an import writes refuses rows, after
    // the document, its facts, links, texts, acts and regulations are already written.
    if (kb.backend === 'postgres') {
      await sql`CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql
        AS $$BEGIN RAISE EXCEPTION 'injected failure'; END$$`.execute(kb.db);
      await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions
        FOR EACH ROW EXECUTE FUNCTION inject_failure()`.execute(kb.db);
    } else
      await sql`CREATE TRIGGER inject_failure BEFORE INSERT ON regulation_versions
        BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(kb.db);
    await expect(importDocument(kb, { text: s.text, filename: s.filename, parsed: s.parsed })).rejects.toThrow(
      'injected failure',
    );
    if (kb.backend === 'postgres') await sql`DROP TRIGGER inject_failure ON regulation_versions`.execute(kb.db);
    else await sql`DROP TRIGGER inject_failure`.execute(kb.db);
    for (const table of [
      'documents',
      'act_facts',
      'act_links',
      'operations',
      'regulation_texts',
      'acts',
      'regulations',
      'regulation_versions',
      'events',
      'diagnostics',
    ] as const) {
      const n = await kb.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n), table).toBe(0);
    }
    expect(await integrityCheck(kb)).toEqual(['ok']);
    // The same text imports fine afterwards with a sound ParsedDocument.
    expect((await importDocument(kb, { text: s.text, filename: s.filename, parsed: s.parsed })).status).toBe(
      'imported',
    );
    await closeKb(kb);
  });

  it('a ParsedDocument with repeated regulation positions is rejected with a reason', async () => {
    const seeds = await loadSeedDocuments();
    const s = seeds[2];
    if (!s) throw new Error('seed missing');
    const parsed = structuredClone(s.parsed);
    const first = parsed.regulations[0];
    if (first) parsed.regulations.push({ ...first, id: 'reg_99' });
    const kb = await openKb(':memory:');
    await expect(importDocument(kb, { text: s.text, filename: s.filename, parsed })).rejects.toMatchObject({
      code: 'invalid_input',
      message: "regulations[11].position 1 repeats an earlier regulation's position",
    });
    await closeKb(kb);
  });

  it('invalid dates are rejected with the path of the bad value', async () => {
    const seeds = await loadSeedDocuments();
    const s = seeds[0];
    if (!s) throw new Error('seed missing');
    const parsed = structuredClone(s.parsed);
    const target = parsed.amends[0]?.target;
    if (target) target.published = '2015-13-45';
    const kb = await openKb(':memory:');
    const error = await importDocument(kb, { text: s.text, filename: s.filename, parsed }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KbError);
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'amends[0].target.published is not a valid date: "2015-13-45"',
    });
    await closeKb(kb);
  });
});
