/** `zankb import PATH… [--db FILE] [--json]`: files and folders into the knowledge base. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeKb, importFiles, openKb, type ImportFile, type ImportSummary } from '../../kb/index.js';
import { EXIT, UsageError, dbPath, displayPath, parseFile } from '../cli-common.js';

/** Extensions imported from folders; an explicitly named file is imported whatever its name. */
const IMPORTABLE = /\.(?:txt|md)$/i;
/** Folder files that document a corpus rather than being acts of it. */
const NOT_ACTS = /^(?:README|CHANGELOG|LICENSE)(?:\.\w+)?$/i;

/**
 * Runs the import command.
 * @param args arguments after `import`
 * @returns exit code: 1 when any file failed (each printed with its reason)
 */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('import needs at least one PATH (a file or a folder)');
  const { files, unreadable } = collect(positionals);
  if (files.length === 0 && unreadable.length === 0) throw new UsageError(`no .txt or .md files under ${positionals.join(', ')}`);

  const file = dbPath(values.db);
  const kb = await openKb(file);
  const tty = process.stderr.isTTY && !values.json;
  let summary: ImportSummary;
  try {
    summary = await importFiles(kb, files, parseFile, (done, total, path) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${displayPath(path)}`);
    });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
    await closeKb(kb);
  }
  summary.failed.unshift(...unreadable);

  for (const f of summary.failed) process.stderr.write(`zankb: ${displayPath(f.file)}: ${f.reason}\n`);
  if (values.json) process.stdout.write(JSON.stringify({ db: file, ...summary }, null, 2) + '\n');
  else process.stdout.write(describe(summary, file));
  return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Expands folders (recursively, sorted); each file is read only when its turn comes, so importing a
 * whole register never holds it in memory. Paths that cannot be listed become failures here; a
 * file that cannot be read fails at its turn.
 */
function collect(paths: string[]): { files: ImportFile[]; unreadable: Array<{ file: string; reason: string }> } {
  const files: ImportFile[] = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  const visit = (path: string, explicit: boolean) => {
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        for (const name of readdirSync(path).sort()) {
          if (name.startsWith('.')) continue;
          const child = join(path, name);
          if (statSync(child).isDirectory() || (IMPORTABLE.test(name) && !NOT_ACTS.test(name))) visit(child, false);
        }
      } else if (explicit || IMPORTABLE.test(path)) {
        files.push({ path, read: () => readText(path) });
      }
    } catch (e) {
      unreadable.push({ file: path, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    }
  };
  for (const p of new Set(paths)) visit(p, true);
  return { files, unreadable };
}

function describe(s: ImportSummary, db: string): string {
  const t = s.totals;
  const lines = [
    `imported ${s.imported} document${s.imported === 1 ? '' : 's'}, ${s.unchanged} unchanged, ${s.failed.length} failed → ${displayPath(db)}`,
    `knowledge base: ${t.documents} documents, ${t.acts} acts, ${t.regulations} regulations, ${t.versions} versions, ${t.diagnostics} diagnostics`,
  ];
  return lines.join('\n') + '\n';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
