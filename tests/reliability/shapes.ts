/**
 * The pathological inputs of issue 17, built to a size in bytes: each stresses one parse stage
 * that used to cost more than linear time or memory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

/** `unit` repeated to at least `bytes` bytes of UTF-8, on one line. */
function repeated(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** The bundled acts, repeated and cut at a line end near `bytes`. */
function realistic(bytes: number): string {
  const acts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
    .join('\n\n');
  const whole = acts.repeat(Math.ceil(bytes / Buffer.byteLength(acts)));
  const cut = Buffer.from(whole).subarray(0, bytes).toString('utf8');
  return cut.slice(0, cut.lastIndexOf('\n'));
}

/** Each shape, by name: what it stresses and how to build it. */
export const SHAPES: Record<string, { stresses: string; build: (bytes: number) => string }> = {
  'letter-spaced': {
    stresses: 'glued-words repair: letter spacing joins `а а а …` into one run of lowercase letters',
    build: (bytes) => repeated('а ', bytes),
  },
  'dates-line': {
    stresses: 'one line of act references: date and number readers, one huge paragraph for remark-parse',
    build: (bytes) => repeated('от 12 мая 2015 года № ', bytes),
  },
  realistic: {
    stresses: 'every stage on real acts (remark-parse rebuilt its event list at every list item)',
    build: realistic,
  },
  subpoints: {
    stresses: 'one point with thousands of subpoints (a nested list for remark-parse)',
    build: (bytes) => `Об утверждении перечня\n\n1. Утвердить:\n${repeated('1) подпункт о порядке;\n', bytes)}`,
  },
  sections: {
    stresses: 'a heading and a point in turn (a list closed before every heading)',
    build: (bytes) =>
      `Регламент государственной услуги\n\n${repeated('Глава 1. Общие положения\n1. Пункт первый.\n', bytes)}`,
  },
};
