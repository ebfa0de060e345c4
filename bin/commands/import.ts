/** `zankb import PATH… [--db FILE] [--json] [--jobs N]`: files and folders into the knowledge base. */
import { parseArgs } from 'node:util';
import type { ImportSummary } from '../../kb/index.js';
import { EXIT, UsageError, dbPath, displayPath } from '../cli-common.js';
import { collectFiles, onDisk } from '../files.js';
import { importOnThread } from '../import-thread/index.js';
import type { ParallelImportOptions } from '../parallel-import.js';
import { THREADS_FROM_FILES } from '../threads-from.js';

/**
 * Runs the import command.
 * @param args arguments after `import`
 * @returns exit code: 1 when any file failed (each printed with its reason)
 */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, jobs: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one PATH (a file or a folder)');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64))
    throw new UsageError(
      `--jobs takes the number of parser threads, 0 to 64 (0: parse in the importing thread); got ${values.jobs}`,
    );
  const { files, unreadable } = collectFiles(positionals);
  if (files.length === 0 && unreadable.length === 0)
    throw new UsageError(`no .txt or .md files under ${positionals.join(', ')}`);

  const file = dbPath(values.db);
  const tty = process.stderr.isTTY && !values.json;
  // Per-file results are printed only with --json; a large import keeps nothing else per file.
  const options: ParallelImportOptions = {
    ...(jobs === undefined ? {} : { jobs }),
    keepResults: values.json === true,
    onProgress: (done, total, path) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${displayPath(path)}`);
    },
  };
  let summary: ImportSummary;
  try {
    // A batch runs on a thread with a capped heap (bin/import-thread), which keeps the import's
    // peak memory flat; this thread then loads neither the knowledge base nor the parser. A few
    // files import here, sparing the thread's start.
    if (files.length >= THREADS_FROM_FILES) ({ summary } = await importOnThread(file, files, options));
    else {
      const { closeKb, openKb } = await import('../../kb/index.js');
      const { importParallel } = await import('../parallel-import.js');
      const kb = await openKb(file);
      try {
        ({ summary } = await importParallel(kb, files.map(onDisk), options));
      } finally {
        await closeKb(kb);
      }
    }
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }
  summary.failed.unshift(...unreadable);

  for (const f of summary.failed) process.stderr.write(`zankb: ${displayPath(f.file)}: ${f.reason}\n`);
  if (values.json) process.stdout.write(JSON.stringify({ db: file, ...summary }, null, 2) + '\n');
  else process.stdout.write(describe(summary, file));
  return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
}

function describe(s: ImportSummary, db: string): string {
  const t = s.totals;
  const lines = [
    `imported ${s.imported} document${s.imported === 1 ? '' : 's'}, ${s.unchanged} unchanged, ${s.failed.length} failed → ${displayPath(db)}`,
    `knowledge base: ${t.documents} documents, ${t.acts} acts, ${t.regulations} regulations, ${t.versions} versions, ${t.diagnostics} diagnostics`,
  ];
  return lines.join('\n') + '\n';
}
