/**
 * The generated register: `generate({ acts, seed })` builds the world, renders
 * every act whose text is in the corpus (PDF, letter-spaced PDF or DOCX
 * flavour) and computes the truth from what those texts state. Pure: no fs,
 * no clock; the same seed gives the same bytes.
 */
import { buildWorld } from './model.js';
import { createRandom } from './random.js';
import { renderDocx } from './render/docx.js';
import { renderPdf } from './render/pdf.js';
import { buildActDocument } from './text/act.js';
import type { Statement } from './text/statements.js';
import { collectKnowledge } from './truth/bounds.js';
import { sampleQuestions, type SamplingStats, type TruthEntry } from './truth/questions.js';
import { excludingActs, placeLineage } from './truth/timeline.js';
import type { Act, World } from './types.js';

export type { TruthEntry, SamplingStats } from './truth/questions.js';

/** What to generate. */
export interface GenerateOptions {
  /** Number of act texts. */
  acts: number;
  seed: number;
  /** Questions tried per fully known regulation (default 8). */
  questionsPerRegulation?: number;
  /**
   * Called with each text as soon as it is rendered; the returned files then hold no text (large corpora stream to
   * disk).
   */
  onFile?: (file: GeneratedFile) => void;
}

/** One generated text. */
export interface GeneratedFile {
  /** File name, e.g. `00017_A42.txt`. */
  name: string;
  /** The text ('' when it was handed to `onFile`). */
  text: string;
  bytes: number;
  /** The world's key of the act. */
  act: string;
}

/** The generated register. */
export interface Generated {
  world: World;
  files: GeneratedFile[];
  truth: TruthEntry[];
  stats: SamplingStats & { regulations: number; fullyKnown: number; bytes: number; gaps: Record<string, number> };
}

/**
 * Generates texts and truth.
 * @param opts size and seed
 * @returns files, truth and statistics
 */
export function generate(opts: GenerateOptions): Generated {
  const world = buildWorld({ acts: opts.acts, seed: opts.seed });
  const files: GeneratedFile[] = [];
  const statements: Statement[] = [];
  let bytes = 0;
  const rendered = [...world.acts.values()].filter((a) => a.rendered);
  rendered.forEach((act, i) => {
    const { text, statements: said } = renderAct(world, act);
    const file: GeneratedFile = {
      name: `${String(i + 1).padStart(5, '0')}_${act.key}.txt`,
      text,
      bytes: Buffer.byteLength(text),
      act: act.key,
    };
    bytes += file.bytes;
    if (opts.onFile) {
      opts.onFile(file);
      files.push({ ...file, text: '' });
    } else files.push(file);
    statements.push(...said);
  });
  const known = collectKnowledge(world, statements);
  const exclusions = excludingActs(known);
  const placed = [...world.lineages.values()].map((l) => placeLineage(world, known, l, exclusions));
  const { truth, stats } = sampleQuestions(
    world,
    placed,
    createRandom(opts.seed ^ 0x2545f491),
    opts.questionsPerRegulation ?? 8,
  );
  const gaps: Record<string, number> = {};
  for (const p of placed) if (p.gap) gaps[p.gap.replace(/\d+/g, 'N')] = (gaps[p.gap.replace(/\d+/g, 'N')] ?? 0) + 1;
  return {
    world,
    files,
    truth,
    stats: { ...stats, regulations: placed.length, fullyKnown: placed.filter((p) => p.fullyKnown).length, bytes, gaps },
  };
}

/**
 * The text of one act in its flavour, and what it states.
 * @param world the world
 * @param act the act
 * @returns the text and its statements
 */
export function renderAct(world: World, act: Act): { text: string; statements: Statement[] } {
  const { ir, statements } = buildActDocument(world, act);
  const rng = createRandom(act.style.textSeed ^ 0x5bd1e995);
  const text = act.flavour === 'docx' ? renderDocx(ir, rng) : renderPdf(ir, rng, act.flavour === 'pdf-spaced');
  return { text, statements };
}
