/**
 * The one source of ParsedDocuments for the kb tests. Today it adapts the
 * hand-checked gold files (tests/fixtures/gold) into ParsedDocuments; set
 * `ZANKB_KB_SOURCE=parser` to run the same tests on the real parser's output
 * once it exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from '../../parser/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD_DIR = join(ROOT, 'tests', 'fixtures', 'gold');
const CORPUS_DIR = join(ROOT, 'corpus');

/** One seed ready for `importDocument`. */
export interface SeedDocument {
  /** `000` … `004`. */
  seed: string;
  filename: string;
  text: string;
  parsed: ParsedDocument;
  markdown?: string;
}

type Gold = Omit<ParsedDocument, 'diagnostics' | 'evidence'> & { file?: string; anomalies?: string[] };

/**
 * Adapts one gold file into a ParsedDocument: adds region.city null,
 * commencement.date null, diagnostics [], evidence {}, regulation ids `reg_N`.
 * @param gold the gold JSON
 * @returns a ParsedDocument
 */
export function goldAsParsed(gold: Gold): ParsedDocument {
  const g = structuredClone(gold);
  const act = g.act;
  return {
    act: {
      ...act,
      region: { oblast: act.region.oblast, district: act.region.district ?? null, city: act.region.city ?? null },
      commencement: { ...act.commencement, date: act.commencement.date ?? null },
      repealedBy: act.repealedBy
        ? {
            ...act.repealedBy,
            title: act.repealedBy.title ?? null,
            registryNumber: act.repealedBy.registryNumber ?? null,
            published: act.repealedBy.published ?? null,
            commencement: { ...act.repealedBy.commencement, date: act.repealedBy.commencement.date ?? null },
          }
        : null,
      signedBy: act.signedBy ?? null,
    },
    amends: g.amends,
    repeals: g.repeals,
    regulations: g.regulations.map((r, i) => ({ ...r, appendices: r.appendices ?? [], id: `reg_${i + 1}` })),
    diagnostics: [],
    evidence: {},
  };
}

/**
 * Loads the five seeds with their ParsedDocuments. The single switch between
 * gold-derived and parser-derived documents lives here.
 * @returns seeds 000–004 in order
 */
export async function loadSeedDocuments(): Promise<SeedDocument[]> {
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const useParser = process.env.ZANKB_KB_SOURCE === 'parser';
  const parse = useParser ? await loadParser() : null;
  return files.map((f) => {
    const base = f.replace(/\.json$/, '');
    const filename = `${base}.txt`;
    const text = readFileSync(join(CORPUS_DIR, filename), 'utf8');
    if (parse) {
      const { parsed, markdown } = parse(text);
      return { seed: base.slice(0, 3), filename, text, parsed, markdown };
    }
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Gold;
    return { seed: base.slice(0, 3), filename, text, parsed: goldAsParsed(gold) };
  });
}

/** The real parser, loaded lazily so these tests do not depend on it by default. */
async function loadParser(): Promise<(text: string) => { parsed: ParsedDocument; markdown: string }> {
  const mod = (await import('../../parser/index.js')) as {
    parseDocument: (text: string) => { parsed: ParsedDocument; markdown: string };
  };
  return (text) => mod.parseDocument(text);
}
