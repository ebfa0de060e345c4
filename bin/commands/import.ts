/**
 * `zankb import PATH… [--db FILE] [--json] [--jobs N] [--quiet]`: files and folders into the
 * knowledge base; the parser's warnings of each imported file on stderr unless `--quiet`.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImportSummary, Kb } from '../../kb/index.js';
import type { WriteLockOptions } from '../../kb/backend/write-lock.js';
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
  let warned: string[] = [];
  try {
    // A batch runs on a thread with a capped heap (bin/import-thread), which keeps the import's
    // peak memory flat; this thread then loads neither the knowledge base nor the parser. A few
    // files import here, sparing the thread's start, and their warnings are read before it closes.
    if (files.length >= THREADS_FROM_FILES) {
      ({ summary } = await importOnThread(file, files, options, lock));
      const added = summary.results.some((r) => r.result.status === 'imported');
      if (!values.quiet && added) warned = await withKb(file, lock, (kb) => warnings(kb, summary));
    } else {
      const { importParallel } = await import('../parallel-import.js');
      ({ summary, warned } = await withKb(file, lock, async (kb) => {
        const { summary } = await importParallel(kb, files.map(onDisk), options);
        return { summary, warned: values.quiet ? [] : await warnings(kb, summary) };
      }));
    }
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }
  summary.failed.unshift(...unreadable);

  for (const line of warned) process.stderr.write(`${line}\n`);
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
async function warnings(kb: Kb, s: ImportSummary): Promise<string[]> {
  const imported = s.results.filter((r) => r.result.status === 'imported');
  const out: string[] = [];
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
      rows.map((r) => [r.id, JSON.parse(r.diagnostics) as Array<{ code: string; severity: string; message: string }>]),
    );
    for (const r of chunk)
      for (const d of byId.get(r.result.documentId) ?? [])
        if (d.severity === 'warning') out.push(`zankb: warning: ${displayPath(r.file)}: ${d.message} [${d.code}]`);
  }
  return out;
}

/**
 * Runs `use` on the knowledge base at `db`, opened with the import's lock options and closed after.
 * Loaded from kb/db.ts rather than kb/index.ts: the import needs none of the queries, shapes or search.
 */
async function withKb<T>(db: string, lock: WriteLockOptions, use: (kb: Kb) => Promise<T>): Promise<T> {
  const { closeKb, openKb } = await import('../../kb/db.js');
  const kb = await openKb(db, lock);
  try {
    return await use(kb);
  } finally {
    await closeKb(kb);
  }
}
