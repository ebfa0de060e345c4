/**
 * Input at the IO edge: a folder with a dangling symlink still imports everything else (the link is
 * a failure of its own); UTF-16 and cp1251 texts are decoded with a note, damaged UTF-8 is a warning
 * naming the offsets, and a PDF is refused by name.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { decodeBytes, invalidUtf8Offsets, PDF_REASON } from '../../parser/lib/decode.js';
import { collectFiles } from '../../bin/files.js';
import { CORPUS, ROOT } from '../helpers/seeds.js';
import { closeKb, openKb } from '../../kb/index.js';
import { appFor } from '../api/helpers.js';

const BIN = join(ROOT, 'bin', 'zankb.js');
const SEEDS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const SEED_TEXT = readFileSync(join(CORPUS, SEEDS[0]!), 'utf8');

function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

function cp1251(text: string): Buffer {
  // Encoded by hand: Node has a cp1251 decoder but no encoder.
  const bytes = [...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    const extra: Record<string, number> = {
      Ё: 0xa8,
      ё: 0xb8,
      І: 0xb2,
      і: 0xb3,
      '«': 0xab,
      '»': 0xbb,
      '–': 0x96,
      '—': 0x97,
      '№': 0xb9,
      '\u00a0': 0xa0,
    };
    return extra[ch] ?? 0x3f;
  });
  return Buffer.from(bytes);
}

describe('decoding at the IO edge', () => {
  const text = 'Решение №12 «О внесении изменений» — от 12 мая 2015 года. Ёлка, І.\n';

  it('UTF-8 passes through without a note; a BOM is dropped', () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ ok: true, text, notes: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      ok: true,
      text,
      notes: [],
    });
  });

  it('UTF-16 with a byte-order mark is decoded, with a note naming it', () => {
    for (const [bytes, name] of [
      [utf16le(text), 'UTF-16LE'],
      [utf16be(text), 'UTF-16BE'],
    ] as const) {
      const d = decodeBytes(bytes);
      expect(d).toEqual({ ok: true, text, notes: [`decoded from ${name} (byte-order mark)`] });
    }
  });

  it('UTF-16 without a byte-order mark is told by its byte pattern; broken UTF-16 is refused by name', () => {
    expect(decodeBytes(utf16le(text, false))).toEqual({
      ok: true,
      text,
      notes: ['decoded from UTF-16LE (no byte-order mark; told by its byte pattern)'],
    });
    expect(decodeBytes(Buffer.concat([utf16le(text), Buffer.from([0x41])]))).toEqual({
      ok: false,
      reason: 'UTF-16LE (byte-order mark) with an odd number of bytes',
    });
  });

  it('cp1251 is decoded, with a note naming it', () => {
    const d = decodeBytes(cp1251(text));
    expect(d.ok && d.text).toBe(text);
    expect(d.ok && d.notes[0]).toMatch(/^decoded as cp1251/);
  });

  it('a real act in cp1251 decodes to the same text as its UTF-8', () => {
    const d = decodeBytes(cp1251(SEED_TEXT));
    expect(d.ok).toBe(true);
    if (d.ok)
      expect(d.text).toBe([...SEED_TEXT].map((ch) => (cp1251(ch)[0] === 0x3f && ch !== '?' ? '?' : ch)).join(''));
  });

  it('damaged UTF-8 is decoded with a warning naming the offsets of its invalid bytes', () => {
    const good = Buffer.from('Решение акима ');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), Buffer.from(' области '), Buffer.from([0xd0])]);
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.text).toBe('Решение акима \uFFFD области \uFFFD');
    const second = good.length + 1 + Buffer.byteLength(' области ');
    expect(d.notes).toEqual([
      `2 invalid UTF-8 byte sequences replaced by U+FFFD at byte offsets ${good.length}, ${second}`,
    ]);
  });

  it('counts what it does not list, and agrees with TextDecoder on overlongs and surrogates', () => {
    const bytes = Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf5, 0x41, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(invalidUtf8Offsets(bytes)).toEqual({ offsets: [0, 1, 2, 3, 4], count: 6 });
    expect(invalidUtf8Offsets(Buffer.from('€😀 акт'))).toEqual({ offsets: [], count: 0 });
  });

  it('tells valid from damaged UTF-8 as its own scan does, on every kind of sequence', () => {
    // decodeBytes asks Node's isUtf8 first and scans only what it rejects: the two must agree.
    const samples = [
      [0xc0, 0x80],
      [0xc2, 0x80],
      [0xe0, 0x9f, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x8f, 0x80, 0x80],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe2, 0x82],
      [0x41, 0xd0],
    ];
    for (const s of samples) {
      const bytes = Buffer.concat([Buffer.from('акт '), Buffer.from(s), Buffer.from(' №1')]);
      const scanned = invalidUtf8Offsets(bytes).count === 0;
      expect(decodeBytes(bytes), s.map((b) => b.toString(16)).join(' ')).toEqual({
        ok: true,
        text: new TextDecoder('utf-8').decode(bytes),
        notes: scanned ? [] : [expect.stringContaining('replaced by U+FFFD')],
      });
    }
  });

  it('a PDF is refused by name', () => {
    expect(decodeBytes(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ ok: false, reason: PDF_REASON });
  });
});

describe('a folder with an entry that cannot be read', () => {
  it('lists the dangling symlink as a failure of its own and keeps every file after it', () => {
    const dir = tempDir('zankb-links-');
    writeFileSync(join(dir, 'a.txt'), 'x');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'b.txt'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'b-picture.png'));
    writeFileSync(join(dir, 'c.txt'), 'x');
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'e.md'), 'x');
    const { files, unreadable } = collectFiles([dir]);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt'), join(dir, 'd', 'e.md')]);
    expect(unreadable).toEqual([{ file: join(dir, 'b.txt'), reason: 'cannot read (ENOENT)' }]);
  });

  it('zankb import: the link fails, the other acts import, encodings are decoded with a warning', () => {
    const dir = tempDir('zankb-import-');
    const folder = join(dir, 'acts');
    mkdirSync(folder);
    copyFileSync(join(CORPUS, SEEDS[1]!), join(folder, 'a.txt'));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'b.txt'));
    writeFileSync(join(folder, 'c.txt'), utf16le(readFileSync(join(CORPUS, SEEDS[2]!), 'utf8')));
    writeFileSync(join(folder, 'd.txt'), cp1251(readFileSync(join(CORPUS, SEEDS[3]!), 'utf8')));
    writeFileSync(join(folder, 'e.txt'), Buffer.from('%PDF-1.4\n'));
    const db = join(dir, 'kb.sqlite');
    const r = spawnSync(process.execPath, [BIN, 'import', folder, '--db', db], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toMatch(/b\.txt: cannot read \(ENOENT\)/);
    expect(r.stderr).toMatch(/c\.txt: warning: decoded from UTF-16LE/);
    expect(r.stderr).toMatch(/d\.txt: warning: decoded as cp1251/);
    expect(r.stderr).toContain(`e.txt: ${PDF_REASON}`);
    expect(r.stdout).toMatch(/^imported 3 documents, 0 unchanged, 2 failed/);
    expect(r.status).toBe(1);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('select count(*) as n from documents').get()).toEqual({ n: 3 });
    sqlite.close();
  });
});

describe('a size limit for the CLI, as for the API', () => {
  it('parse and import refuse a file over --max-bytes, naming it and the limit; the rest import', () => {
    const dir = tempDir('zankb-size-');
    const folder = join(dir, 'acts');
    mkdirSync(folder);
    copyFileSync(join(CORPUS, SEEDS[0]!), join(folder, 'a.txt'));
    const limit = readFileSync(join(folder, 'a.txt')).length;
    const big = 'а '.repeat(Math.ceil(limit / 3) + 1000);
    const size = Buffer.byteLength(big);
    writeFileSync(join(folder, 'b.txt'), big);
    const parse = spawnSync(process.execPath, [BIN, 'parse', join(folder, 'b.txt'), '--max-bytes', '4096'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(parse.status).toBe(1);
    expect(parse.stderr).toMatch(new RegExp(`b\\.txt: ${size} bytes, over the limit of 4096 bytes .*--max-bytes`));
    const db = join(dir, 'kb.sqlite');
    const r = spawnSync(process.execPath, [BIN, 'import', folder, '--db', db, '--max-bytes', String(limit)], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(r.stderr).toMatch(new RegExp(`b\\.txt: ${size} bytes, over the limit of ${limit} bytes`));
    expect(r.stdout).toMatch(/^imported 1 document, 0 unchanged, 1 failed/);
    const bad = spawnSync(process.execPath, [BIN, 'import', folder, '--max-bytes', 'lots'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-bytes takes a positive number of bytes; got lots/);
  });
});

describe('the API decodes bodies as the CLI decodes files', () => {
  it('a cp1251 upload imports with an encoding warning; a PDF is refused by name', async () => {
    const kb = await openKb(':memory:');
    try {
      const app = appFor(kb, { token: 't' });
      const post = (body: Buffer) =>
        app.request('/api/acts?filename=a.txt', {
          method: 'POST',
          headers: { Authorization: 'Bearer t', 'Content-Type': 'text/plain' },
          body: new Uint8Array(body),
        });
      const res = await post(cp1251(readFileSync(join(CORPUS, SEEDS[0]!), 'utf8')));
      expect(res.status).toBe(201);
      const body = (await res.json()) as { diagnostics: Array<{ code: string; message: string }> };
      expect(body.diagnostics[0]).toMatchObject({
        code: 'encoding',
        message: expect.stringMatching(/^decoded as cp1251/),
      });
      const pdf = await post(Buffer.from('%PDF-1.4\n'));
      expect(pdf.status).toBe(415);
      expect(((await pdf.json()) as { error: { message: string } }).error.message).toBe(PDF_REASON);
    } finally {
      await closeKb(kb);
    }
  });
});
