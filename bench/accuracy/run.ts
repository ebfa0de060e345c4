/**
 * `npm run accuracy`: parses every text of the real development corpus (tests/fixtures/real/) and
 * the seeds, and prints per-field accuracy against their hand-checked expectations, then by act
 * type and by flavour.
 *
 *   npm run accuracy                         the tables
 *   npm run accuracy -- --fails              and every wrong field (id, expected, got)
 *   npm run accuracy -- --field act.region   only fields starting with this
 *   npm run accuracy -- --flavour web_page   only cases of this flavour (also --id, --type)
 *   npm run accuracy -- --min 0.99           exit 1 when the real corpus is below this share
 *   npm run accuracy -- --json               the results as JSON
 *   npm run accuracy -- --no-sidecar         Markdown texts without the meta.yaml beside them
 *   npm run accuracy -- --dir /tmp/heldout   score another folder of the same format instead of
 *                                            tests/fixtures/real (a held-out set before it joins)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, type CaseResult } from './evaluate.js';
import { realCases, seedCases, type Case } from './expectations.js';
import { formatTables } from './table.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: {
    fails: { type: 'boolean' },
    json: { type: 'boolean' },
    field: { type: 'string' },
    flavour: { type: 'string' },
    type: { type: 'string' },
    id: { type: 'string' },
    min: { type: 'string' },
    'no-sidecar': { type: 'boolean' },
    dir: { type: 'string' },
  },
});

const keep = (c: Case) =>
  (!values.flavour || c.expected.flavour === values.flavour) &&
  (!values.type || c.expected.actType === values.type) &&
  (!values.id || c.id.includes(values.id));

const sidecar = !values['no-sidecar'];
const realDir = values.dir ? resolve(values.dir) : join(root, 'tests/fixtures/real');
const real = evaluate(realCases(realDir).filter(keep), values.field, { sidecar });
const seeds = evaluate(seedCases(join(root, 'tests/fixtures/gold'), join(root, 'corpus')).filter(keep), values.field);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ real, seeds }, null, 2)}\n`);
} else {
  process.stdout.write(`${formatTables(real, seeds)}\n`);
  if (values.fails) process.stdout.write(`${formatFails([...real, ...seeds])}\n`);
}

const share = rightShare(real);
if (values.min && share < Number(values.min)) {
  process.stderr.write(`accuracy ${(share * 100).toFixed(1)} % is below the bar ${Number(values.min) * 100} %\n`);
  process.exitCode = 1;
}

function rightShare(results: CaseResult[]): number {
  const rows = results.flatMap((r) => r.fields);
  return rows.length ? rows.filter((f) => f.ok).length / rows.length : 1;
}

function formatFails(results: CaseResult[]): string {
  const lines: string[] = ['', 'Wrong fields:'];
  for (const r of results) {
    if (r.error) lines.push(`${r.id}: parse failed: ${r.error}`);
    for (const f of r.fields.filter((x) => !x.ok)) {
      lines.push(`${r.id}  ${f.field}  expected ${JSON.stringify(f.expected)}  got ${JSON.stringify(f.got)}`);
    }
  }
  return lines.join('\n');
}
