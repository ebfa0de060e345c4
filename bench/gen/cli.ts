/**
 * `npm run gen -- --acts N --seed S --out DIR`: writes N generated acts as
 * DIR/*.txt and the expected answers as DIR/truth.json (see truth/questions.ts
 * for the format), and prints what it wrote.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './index.js';

const USAGE = 'usage: npm run gen -- --acts N --seed S --out DIR [--questions Q]';

function main(): number {
  let values: { acts?: string; seed?: string; out?: string; questions?: string };
  try {
    ({ values } = parseArgs({
      options: {
        acts: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        questions: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const acts = Number(values.acts);
  const seed = Number(values.seed ?? 1);
  const questions = Number(values.questions ?? 8);
  if (
    !values.out ||
    !Number.isInteger(acts) ||
    acts < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(questions) ||
    questions < 0
  ) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(values.out);
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  // A previous run's texts would mix with this one's.
  for (const f of readdirSync(out)) if (/^\d{5,}_A\d+\.txt$/.test(f) || f === 'truth.json') rmSync(join(out, f));
  const gen = generate({
    acts,
    seed,
    questionsPerRegulation: questions,
    onFile: (f) => writeFileSync(join(out, f.name), f.text),
  });
  writeFileSync(join(out, 'truth.json'), `${JSON.stringify(gen.truth, null, 1)}\n`);
  const seconds = (performance.now() - started) / 1000;
  const s = gen.stats;
  console.log(
    `wrote ${gen.files.length} acts (${(s.bytes / 1e6).toFixed(1)} MB) and ${gen.truth.length} questions ` +
      `to ${out} in ${seconds.toFixed(1)} s\n` +
      `world: ${gen.world.acts.size} acts (${gen.world.acts.size - gen.files.length} known only by ` +
      `reference or not at all), ${s.regulations} regulations, ${s.fullyKnown} fully known from the texts\n` +
      `questions: ${s.kept} kept (${s.none} expect none, ${s.uncertain} uncertain) of ${s.asked} asked; ` +
      `skipped ${s.skippedUnknowable} the texts cannot answer, ${s.skippedAmbiguous} naming several regulations`,
  );
  return 0;
}

process.exitCode = main();
