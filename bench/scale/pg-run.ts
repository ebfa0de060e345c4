/**
 * What `npm run bench:scale -- --backend postgres` adds to the SQLite run of bench/scale/run.ts:
 * bench/scale/postgres.ts per size in its own process, and the table written into its own block
 * of bench/RESULTS.md (the SQLite block is left to the SQLite runs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { PgOne } from './pg-table.js';

const BEGIN = '<!-- postgres results: written by npm run bench:scale -- --backend postgres --write -->';
const END = '<!-- end of postgres results -->';

/**
 * Runs the PostgreSQL side of one size.
 * @param root the repository
 * @param dir the generated register
 * @param seed its seed
 * @param sqliteFile the SQLite knowledge base of the same register (served for the comparison, then deleted)
 * @param importers the numbers of importing processes, one import each (e.g. `1,2,4`)
 * @returns the figures
 */
export function runPostgres(root: string, dir: string, seed: number, sqliteFile: string, importers: string): PgOne {
  const script = join(root, 'bench', 'scale', 'postgres.ts');
  const args = ['--import', 'tsx', script, dir, String(seed), sqliteFile, importers];
  const out = execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .pop();
  if (!line) throw new Error(`no PostgreSQL result for ${dir}: ${out}`);
  return JSON.parse(line) as PgOne;
}

/**
 * Records the table in bench/RESULTS.md between its markers, with the command, machine and date.
 * @param root the repository
 * @param command what produced it
 * @param table the rendered table
 */
export function writePgResults(root: string, command: string, table: string): void {
  const file = join(root, 'bench', 'RESULTS.md');
  const cpu = cpus()[0]?.model.trim() ?? 'cpu';
  const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const block = [BEGIN, `Command: \`${command}\``, `Machine: ${machine}`, `Date: ${date}`, '', table, END].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(BEGIN);
  const end = old.indexOf(END);
  const next =
    at >= 0 && end > at
      ? old.slice(0, at) + block + old.slice(end + END.length)
      : `${old.trimEnd()}\n\n## SQLite and PostgreSQL side by side\n\n${block}\n`;
  writeFileSync(file, next);
}
