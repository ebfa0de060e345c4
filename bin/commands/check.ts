/**
 * `zankb check [--db FILE] [--json]`: SQLite's full check of the knowledge base's file (every page
 * and index, the foreign keys, the schema version), what is wrong and what to do next.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSqliteFile } from '../../kb/backend/integrity.js';
import { isPostgresUrl } from '../../kb/backend/target.js';
import { EXIT, InputError, UsageError, dbPath, displayPath } from '../cli-common.js';

/**
 * Runs the check command.
 * @param args arguments after `check`
 * @returns 0 when the file is sound, 1 when it has problems or cannot be read
 */
export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`check takes no PATH (name the database with --db FILE)`);
  const file = dbPath(values.db);
  if (isPostgresUrl(file))
    throw new UsageError(
      'check is for SQLite files: PostgreSQL checks its own pages (enable data checksums; pg_amcheck checks ' +
        'tables and indexes)',
    );
  if (!existsSync(file)) throw new InputError(`no knowledge base at ${file}; pass --db FILE`);
  const report = checkSqliteFile(file);
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(describe(report));
  return report.problems.length === 0 ? EXIT.ok : EXIT.failed;
}

function describe(report: ReturnType<typeof checkSqliteFile>): string {
  const name = displayPath(report.file);
  const schema = report.schema ? `, schema ${report.schema.applied} of ${report.schema.known} migrations` : '';
  if (report.problems.length === 0) return `${name}: ok — every page, index and foreign key is sound${schema}\n`;
  const shown = report.problems.slice(0, 20);
  const more = report.problems.length - shown.length;
  return [
    `${name}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}${schema}`,
    ...shown.map((p) => `  ${p}`),
    ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
    'What to do: stop the servers and imports using this file, then restore it from a backup, or import',
    `the corpus again into a new file (zankb import corpus/ --db NEW.sqlite) and use that instead of ${name}.`,
    '',
  ].join('\n');
}
