import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'corpus');
export const GOLD_DIR = join(ROOT, 'tests', 'fixtures', 'gold');
export const REAL = join(ROOT, 'tests', 'fixtures', 'real');

/** File names of the real texts in tests/fixtures/real/ (.txt and .md, not its README), sorted. */
export function realNames(): string[] {
  return readdirSync(REAL)
    .filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')
    .sort();
}

/** Paths of every text the parser is held to: the seeds of corpus/, then the real texts. */
export function textPaths(): string[] {
  return [
    ...readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(CORPUS, f)),
    ...realNames().map((f) => join(REAL, f)),
  ];
}

export interface Seed {
  name: string;
  path: string;
  text: string;
  gold: Gold;
}

/** The gold shape (shared/gold/README.md): contract's ParsedDocument plus a few reading aids. */
export interface Gold {
  file: string;
  act: Record<string, unknown>;
  amends: Array<{ target: Record<string, unknown>; operations: Array<Record<string, unknown>> }>;
  repeals: Array<Record<string, unknown>>;
  regulations: Array<Record<string, unknown> & { sections: string[]; appendices: string[] }>;
  anomalies: string[];
}

/** The five seeds of corpus/ with their hand-checked gold files. */
export function seeds(): Seed[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      path: join(CORPUS, name),
      text: readFileSync(join(CORPUS, name), 'utf8'),
      gold: JSON.parse(readFileSync(join(GOLD_DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    }));
}

/** Compare strings the way gold-check does: quotes «»“” as ", whitespace collapsed, case folded. */
export function norm(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  return v
    .normalize('NFC')
    .replace(/[«»“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
