/**
 * `zankb import PATH… [--db FILE] [--json] [--jobs N] [--quiet]`: files and folders into the
 * knowledge base; the parser's warnings of each imported file on stderr unless `--quiet`.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImportSummary } from '../../kb/index.js';
import { EXIT, UsageError, dbPath, displayPath, writeLockOptions } from '../cli-common.js';
import { collectFiles, maxBytesOption, onDisk } from '../files.js';
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
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'max-bytes': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one PATH (a file or a folder)');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64))
    throw new UsageError(
      `--jobs takes the number of parser threads, 0 to 64 (0: parse in the importing thread); got ${values.jobs}`,
    );
  const { files, unreadable } = collectFiles(positionals, maxBytesOption(values['max-bytes']));
  if (files.length === 0 && unreadable.length === 0)
    throw new UsageError(`no .txt or .md files under ${positionals.join(', ')}`);

  const file = dbPath(values.db);
  const lock = writeLockOptions(true);
  const tty = process.stderr.isTTY && !values.json;
  // Per-file results are printed only with --json; a large import keeps nothing else per file.
  const options: ParallelImportOptions = {
    ...(jobs === undefined ? {} : { jobs }),
    keepResults: values.json === true || !values.quiet,
    onProgress: (done, total, path) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${displayPath(path)}`);
    },
  };
  let summary: ImportSummary;
  try {
    // A batch runs on a thread with a capped heap (bin/import-thread), which keeps the import's
    // peak memory flat; this thread then loads neither the knowledge base nor the parser. A few
    // files import here, sparing the thread's start.
    if (files.length >= THREADS_FROM_FILES) ({ summary } = await importOnThread(file, files, options, lock));
    else {
      const { closeKb, openKb } = await import('../../kb/index.js');
      const { importParallel } = await import('../parallel-import.js');
      const kb = await openKb(file, lock);
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

  if (!values.quiet) for (const line of await warnings(file, summary)) process.stderr.write(`${line}\n`);
  for (const f of summary.failed)
    process.stderr.write(`zankb: ${displayPath(f.file)}: ${isPdf(f.file) ? PDF_REASON : f.reason}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify({ db: file, ...summary }, null, 2)}\n`);
  else process.stdout.write(describe(summary, file));
  return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
}

function describe(s: ImportSummary, db: string): string {
  const t = s.totals;
  const lines = [
    `imported ${count(s.imported, 'document')}, ${s.unchanged} unchanged, ${s.failed.length} failed ` +
      `→ ${displayPath(db)}`,
    `knowledge base: ${count(t.documents, 'document')}, ${count(t.acts, 'act')},` +
      ` ${count(t.regulations, 'regulation')}, ` +
      `${count(t.versions, 'version')}, ${count(t.diagnostics, 'diagnostic')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `1 document`, `2 documents`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const PDF_REASON = 'PDF is not supported: extract its text first (e.g. pdftotext -layout)';

/** Whether a file is a PDF whatever its name (its first bytes). */
function isPdf(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    closeSync(fd);
    return head.toString('latin1') === '%PDF-';
  } catch {
    return false;
  }
}

/**
 * The parser's warnings of the files this import added (the API shows them too), one line each:
 * `zankb: warning: FILE: message [code]`.
 */
async function warnings(db: string, s: ImportSummary): Promise<string[]> {
  const imported = s.results.filter((r) => r.result.status === 'imported');
  if (imported.length === 0) return [];
  const { closeKb, openKb } = await import('../../kb/index.js');
  const kb = await openKb(db, writeLockOptions(true));
  const out: string[] = [];
  try {
    for (let i = 0; i < imported.length; i += 500) {
      const chunk = imported.slice(i, i + 500);
      const rows = await kb.db
        .selectFrom('documents')
        .select(['id', 'diagnostics'])
        .where(
          'id',
          'in',
          chunk.map((r) => r.result.documentId),
        )
        .execute();
      const byId = new Map(
        rows.map((r) => [
          r.id,
          JSON.parse(r.diagnostics) as Array<{ code: string; severity: string; message: string }>,
        ]),
      );
      for (const r of chunk)
        for (const d of byId.get(r.result.documentId) ?? [])
          if (d.severity === 'warning') out.push(`zankb: warning: ${displayPath(r.file)}: ${d.message} [${d.code}]`);
    }
  } finally {
    await closeKb(kb);
  }
  return out;
}
