/** `zankb copy --from FILE|URL --to FILE|URL [--json]`: a knowledge base moved between SQLite and PostgreSQL. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeKb, copyKb, openKb } from '../../kb/index.js';
import { isPostgresUrl } from '../../kb/backend/target.js';
import { EXIT, InputError, UsageError, dbPath, displayPath } from '../cli-common.js';

/**
 * Runs the copy command: every table, then the target's own search index, then counts and
 * checksums of every table compared.
 * @param args arguments after `copy`
 * @returns exit code
 */
export async function copyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!values.from || !values.to) throw new UsageError('copy needs --from FILE|URL and --to FILE|URL');
  const from = dbPath(values.from);
  const to = dbPath(values.to);
  if (!isPostgresUrl(from) && !existsSync(from)) throw new InputError(`no knowledge base at ${from}`);
  const source = await openKb(from);
  try {
    const target = await openKb(to);
    try {
      const report = await copyKb(source, target, (table, rows) => {
        if (!values.json) process.stderr.write(`${table}: ${rows} rows\n`);
      });
      if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else
        process.stdout.write(
          `copied ${displayPath(from)} → ${displayPath(to)}: ${report.tables.length} tables, counts and ` +
            `checksums equal; ` +
            `${report.searchEntries} search entries indexed\n`,
        );
      return EXIT.ok;
    } finally {
      await closeKb(target);
    }
  } finally {
    await closeKb(source);
  }
}
