/**
 * Long texts stored packed (kb/text/packed.ts, kb/text/packed-columns.ts): the codec gives every
 * real text back exactly, says which format it chose in the first byte, and a damaged stored value
 * is an error naming its table, column and row; in a knowledge base the columns hold bytes while
 * every reader sees the text. Migration 0010 converts rows both ways. Runs on both backends.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, getDocument, openKb, type Kb } from '../../kb/index.js';
import * as m0010 from '../../kb/migrations/0010_packed_texts.js';
import { PACKED_FORMAT, PackedTextError, packText, unpackText } from '../../kb/text/packed.js';
import { parseFile } from '../../parser/index.js';
import { CORPUS, REAL, realNames } from '../helpers/seeds.js';
import { dumpKnowledge, importText } from './helpers.js';

/** The five seeds (imported below), then every tenth real text. */
const SEEDS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(CORPUS, f));
const TEXTS = [
  ...SEEDS,
  ...realNames()
    .filter((_, i) => i % 10 === 0)
    .map((f) => join(REAL, f)),
].map((path) => ({ name: path, text: readFileSync(path, 'utf8') }));

describe('the codec', () => {
  it('gives back every real text and its Markdown exactly, deflated to less than half', () => {
    for (const { name, text } of TEXTS) {
      const { markdown } = parseFile(text, name);
      for (const value of [text, markdown ?? '']) {
        const packed = packText(value);
        expect(packed[0], name).toBe(PACKED_FORMAT.deflate);
        expect(packed.length, name).toBeLessThan(Buffer.byteLength(value) / 2);
        expect(unpackText(packed, name)).toBe(value);
      }
    }
  });

  it('stores short values and values deflate cannot shrink plain, behind format byte 0', () => {
    // 94 distinct characters, none repeated: deflate's literal codes take a byte each, plus its block header.
    const distinct = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 33 + ((i * 37) % 94)));
    for (const value of ['', '[]', 'Прил. 1 — «Регламент» 🙂', distinct]) {
      const packed = packText(value);
      expect(packed[0]).toBe(PACKED_FORMAT.plain);
      expect(Buffer.from(packed.subarray(1)).toString('utf8')).toBe(value);
      expect(unpackText(packed, 'x')).toBe(value);
    }
  });

  it('names the place of an unknown format, damaged deflate data or an empty value', () => {
    const place = 'documents.text of row doc_1';
    const deflated = packText('пункт '.repeat(100));
    const errors = [
      [Buffer.of(7, 65), /unknown format byte 7/],
      [deflated.subarray(0, 5), /deflate data do not inflate/],
      [Buffer.alloc(0), /empty, without even a format byte/],
    ] as const;
    for (const [bytes, reason] of errors) {
      expect(() => unpackText(bytes, place)).toThrow(PackedTextError);
      expect(() => unpackText(bytes, place)).toThrow(reason);
      expect(() => unpackText(bytes, place)).toThrow(
        /^documents\.text of row doc_1 is not a packed text .*zankb check/,
      );
    }
  });
});

describe('in a knowledge base', () => {
  let kb: Kb;
  let documentId: string;
  const source = TEXTS[0] as { name: string; text: string };

  beforeAll(async () => {
    kb = await openKb(':memory:');
    for (const { name, text } of TEXTS.slice(0, SEEDS.length)) {
      const result = await importText(kb, text, name);
      if (name === source.name) documentId = result.documentId;
    }
  });
  afterAll(async () => {
    await closeKb(kb);
  });

  it('stores every packed column as bytes with a format byte, and readers see the text', async () => {
    const stored = await sql<Record<string, unknown>>`SELECT text, markdown, parsed, diagnostics
      FROM documents WHERE id = ${documentId}`.execute(kb.db);
    const row = stored.rows[0] ?? {};
    for (const column of ['text', 'markdown', 'parsed', 'diagnostics']) {
      expect(row[column], column).toBeInstanceOf(Uint8Array);
      expect(Object.values(PACKED_FORMAT)).toContain((row[column] as Uint8Array)[0]);
    }
    const texts = await sql<Record<string, unknown>>`SELECT markdown, provisions, sections, appendices
      FROM regulation_texts WHERE document_id = ${documentId}`.execute(kb.db);
    expect(texts.rows.length).toBeGreaterThan(0);
    for (const r of texts.rows) for (const value of Object.values(r)) expect(value).toBeInstanceOf(Uint8Array);
    const doc = await getDocument(kb, documentId);
    expect(doc.text).toBe(source.text);
    expect(doc.markdown).toBe(parseFile(source.text, source.name).markdown);
  });

  it('unpacks every shape of select: aliased, qualified, joined, t.* and *; packs updates', async () => {
    const joined = await kb.db
      .selectFrom('regulation_versions as v')
      .innerJoin('regulation_texts as t', 't.id', 'v.text_id')
      .innerJoin('documents as d', 'd.id', 't.document_id')
      .select(['v.id', 't.markdown as md', 'd.text as source', 'v.title'])
      .selectAll('t')
      .where('t.document_id', '=', documentId)
      .execute();
    expect(joined.length).toBeGreaterThan(0);
    for (const row of joined) {
      expect(row.source).toBe(source.text);
      for (const value of [row.md, row.markdown, row.provisions, row.sections, row.appendices])
        expect(typeof value).toBe('string');
      expect(row.md).toBe(row.markdown);
      expect(JSON.parse(row.provisions)).toBeInstanceOf(Array);
    }
    const plain = await kb.db.selectFrom('regulation_texts').select(['id', 'provisions']).execute();
    const all = await kb.db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
    expect(plain.every((r) => typeof r.provisions === 'string')).toBe(true);
    expect(JSON.parse(all.parsed)).toMatchObject({ act: expect.any(Object) });

    const kept = all.diagnostics;
    await kb.db.updateTable('documents').set({ diagnostics: '[]' }).where('id', '=', documentId).execute();
    const stored = await sql<{ diagnostics: Uint8Array }>`SELECT diagnostics FROM documents
      WHERE id = ${documentId}`.execute(kb.db);
    expect(Buffer.from(stored.rows[0]?.diagnostics ?? [])).toEqual(
      Buffer.from([PACKED_FORMAT.plain, ...Buffer.from('[]')]),
    );
    await kb.db.updateTable('documents').set({ diagnostics: kept }).where('id', '=', documentId).execute();
    expect((await getDocument(kb, documentId)).text).toBe(source.text);
  });

  it('a damaged value is an error naming the table, the column and the row', async () => {
    const before = await getDocument(kb, documentId);
    const kept = await sql<{ markdown: Uint8Array }>`SELECT markdown FROM documents WHERE id = ${documentId}`.execute(
      kb.db,
    );
    const damaged = Buffer.of(PACKED_FORMAT.deflate, 0xff, 0xff, 0xff);
    await sql`UPDATE documents SET markdown = ${damaged} WHERE id = ${documentId}`.execute(kb.db);
    try {
      await expect(getDocument(kb, documentId)).rejects.toThrow(
        new RegExp(`^documents\\.markdown of row ${documentId} is not a packed text \\(its deflate data`),
      );
    } finally {
      await sql`UPDATE documents SET markdown = ${kept.rows[0]?.markdown ?? null} WHERE id = ${documentId}`.execute(
        kb.db,
      );
    }
    expect(await getDocument(kb, documentId)).toEqual(before);
  });

  it('migration 0010 turns the columns back into text and packs them again, the answers unchanged', async () => {
    const before = await dumpKnowledge(kb);
    const document = await getDocument(kb, documentId);
    await m0010.down(kb.db as never);
    const plain = await sql<{ text: unknown }>`SELECT text FROM documents WHERE id = ${documentId}`.execute(kb.db);
    expect(plain.rows[0]?.text).toBe(source.text);
    await m0010.up(kb.db as never);
    const packed = await sql<{ text: unknown }>`SELECT text FROM documents WHERE id = ${documentId}`.execute(kb.db);
    expect(packed.rows[0]?.text).toBeInstanceOf(Uint8Array);
    expect(await dumpKnowledge(kb)).toEqual(before);
    expect(await getDocument(kb, documentId)).toEqual(document);
  });
});
