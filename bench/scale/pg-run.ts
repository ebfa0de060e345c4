/**
 * What `npm run bench:scale -- --backend postgres` adds to the SQLite run of bench/scale/run.ts:
 * bench/scale/postgres.ts per size in its own process, and the table written into its own block
 * of bench/RESULTS.md (the SQLite block is left to the SQLite runs).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { PgOne } from './pg-table.js';
import { recordResults } from './results-file.js';

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
  recordResults(
    root,
    {
      begin: BEGIN,
      end: END,
      whenMissing: (block, old) => `${old.trimEnd()}\n\n## SQLite and PostgreSQL side by side\n\n${block}\n`,
    },
    command,
    table,
  );
}
