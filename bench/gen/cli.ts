/**
 * `npm run gen -- --acts N --seed S --out DIR [--extra K]`: writes N generated acts as
 * DIR/*.txt and the expected answers as DIR/truth.json (see truth/questions.ts
 * for the format), and prints what it wrote. With `--extra K`, also K new acts of each kind of
 * bench/gen/extra.ts in DIR/extra/ (the register's texts and truth are the same with or without).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTRA_KINDS, generateExtras } from './extra.js';
import { generate } from './index.js';

const USAGE = 'usage: npm run gen -- --acts N --seed S --out DIR [--questions Q] [--extra K]';

function main(): number {
  let values: { acts?: string; seed?: string; out?: string; questions?: string; extra?: string };
  try {
    ({ values } = parseArgs({
      options: {
        acts: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        questions: { type: 'string' },
        extra: { type: 'string' },
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
  const extra = Number(values.extra ?? 0);
  if (
    !values.out ||
    !Number.isInteger(acts) ||
    acts < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(questions) ||
    questions < 0 ||
    !Number.isInteger(extra) ||
    extra < 0
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
  // New acts for one-at-a-time imports (bench/gen/extra.ts), in a folder of their own so that
  // importing DIR takes the register alone.
  const extraDir = join(out, 'extra');
  rmSync(extraDir, { recursive: true, force: true });
  if (extra > 0) {
    mkdirSync(extraDir);
    const extras = generateExtras(gen.world, extra);
    for (const f of extras.files) writeFileSync(join(extraDir, f.name), f.text);
    writeFileSync(join(extraDir, 'touched.json'), `${JSON.stringify(extras.touchedLineages)}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  const s = gen.stats;
  console.log(
    `wrote ${gen.files.length} acts (${(s.bytes / 1e6).toFixed(1)} MB) and ${gen.truth.length} questions ` +
      `to ${out} in ${seconds.toFixed(1)} s\n` +
      `world: ${gen.world.acts.size} acts (${gen.world.acts.size - gen.files.length} known only by ` +
      `reference or not at all), ${s.regulations} regulations, ${s.fullyKnown} fully known from the texts\n` +
      `questions: ${s.kept} kept (${s.none} expect none, ${s.uncertain} uncertain) of ${s.asked} asked; ` +
      `skipped ${s.skippedUnknowable} the texts cannot answer, ${s.skippedAmbiguous} naming several regulations` +
      (extra > 0 ? `\nnew acts: ${extra} of each kind (${EXTRA_KINDS.join(', ')}) in ${extraDir}` : ''),
  );
  return 0;
}

process.exitCode = main();
