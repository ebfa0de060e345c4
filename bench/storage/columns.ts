/**
 * What each packed column of a SQLite knowledge base holds: its texts' UTF-8 size, what is stored,
 * and what deflate at level 6 would store instead (the alternative to level 1, measured on the same
 * values), with each level's packing speed on this machine.
 *
 * Usage: `npx tsx bench/storage/columns.ts FILE.sqlite` (the file is opened read-only).
 */
import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { PACKED_COLUMNS } from '../../kb/text/packed-columns.js';
import { isPacked, unpackText } from '../../kb/text/packed.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx bench/storage/columns.ts FILE.sqlite');
  process.exit(2);
}
const db = new Database(file, { readonly: true });
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
let rawAll = 0;
let storedAll = 0;
let level6All = 0;
for (const [table, columns] of Object.entries(PACKED_COLUMNS)) {
  for (const column of columns) {
    let raw = 0;
    let stored = 0;
    let level6 = 0;
    let ms1 = 0;
    let ms6 = 0;
    for (const value of db.prepare(`SELECT ${column} FROM ${table}`).pluck().iterate()) {
      if (value === null) continue;
      const text = isPacked(value) ? unpackText(value, `${table}.${column}`) : String(value);
      const utf8 = Buffer.from(text, 'utf8');
      raw += utf8.length;
      stored += isPacked(value) ? value.length : utf8.length;
      let t = performance.now();
      deflateRawSync(utf8, { level: 1 });
      ms1 += performance.now() - t;
      t = performance.now();
      level6 += 1 + Math.min(utf8.length, deflateRawSync(utf8, { level: 6 }).length);
      ms6 += performance.now() - t;
    }
    rawAll += raw;
    storedAll += stored;
    level6All += level6;
    const speed = (ms: number) => (raw / 1e3 / ms).toFixed(0);
    console.log(
      `${table}.${column}: ${mb(raw)} MB of text, ${mb(stored)} stored, ${mb(level6)} at level 6; ` +
        `packing ${speed(ms1)} MB/s at level 1, ${speed(ms6)} at level 6`,
    );
  }
}
console.log(`all: ${mb(rawAll)} MB of text, ${mb(storedAll)} stored, ${mb(level6All)} at level 6`);
db.close();
