/** The accuracy tables `npm run accuracy` prints (Markdown, so the README can hold them as they are). */
import type { CaseResult } from './evaluate.js';

interface Tally {
  right: number;
  total: number;
}

function tally(rows: Array<{ ok: boolean }>): Tally {
  return { right: rows.filter((r) => r.ok).length, total: rows.length };
}

function pct(t: Tally): string {
  return t.total ? `${((t.right / t.total) * 100).toFixed(1)} %` : '—';
}

function groupBy(results: CaseResult[], key: (r: CaseResult) => string): Map<string, CaseResult[]> {
  const out = new Map<string, CaseResult[]>();
  for (const r of results) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Per field (real corpus beside the seeds), then per act type and per flavour, then the totals. */
export function formatTables(real: CaseResult[], seeds: CaseResult[]): string {
  const fieldNames = [...new Set([...real, ...seeds].flatMap((r) => r.fields.map((f) => f.field)))];
  const byField = (results: CaseResult[], name: string) =>
    tally(results.flatMap((r) => r.fields.filter((f) => f.field === name)));
  const lines = [
    `Real corpus: ${real.length} texts; seeds: ${seeds.length}.`,
    '',
    '| field | real texts | right | seeds |',
    '|---|---:|---:|---:|',
  ];
  for (const name of fieldNames) {
    const r = byField(real, name);
    const s = byField(seeds, name);
    lines.push(`| ${name} | ${r.right}/${r.total} | ${pct(r)} | ${s.total ? `${s.right}/${s.total}` : '—'} |`);
  }
  const all = (results: CaseResult[]) => tally(results.flatMap((r) => r.fields));
  lines.push(
    `| **all fields** | ${all(real).right}/${all(real).total} | **${pct(all(real))}** ` +
      `| ${all(seeds).right}/${all(seeds).total} |`,
  );
  for (const [title, key] of [
    ['act type', (r: CaseResult) => r.actType],
    ['flavour', (r: CaseResult) => r.flavour],
  ] as const) {
    lines.push('', `| ${title} | texts | fields right | share |`, '|---|---:|---:|---:|');
    for (const [name, group] of groupBy([...real, ...seeds], key)) {
      const t = all(group);
      lines.push(`| ${name} | ${group.length} | ${t.right}/${t.total} | ${pct(t)} |`);
    }
  }
  const failed = [...real, ...seeds].filter((r) => r.error);
  if (failed.length) lines.push('', `Parse failed on ${failed.length}: ${failed.map((r) => r.id).join(', ')}`);
  return lines.join('\n');
}
