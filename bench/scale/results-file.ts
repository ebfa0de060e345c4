/**
 * Writing a benchmark's latest table into bench/RESULTS.md between its own markers, with the
 * command, the machine and the date; the notes around the markers are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Where one benchmark's block lives in RESULTS.md. */
export interface ResultsBlock {
  begin: string;
  end: string;
  /** The file's text when the markers are not there yet, given the block and what the file held. */
  whenMissing: (block: string, old: string) => string;
}

/**
 * Records the table between the block's markers.
 * @param root the repository
 * @param where the markers and what to write when they are missing
 * @param command what produced the table
 * @param table the rendered table
 */
export function recordResults(root: string, where: ResultsBlock, command: string, table: string): void {
  const file = join(root, 'bench', 'RESULTS.md');
  const cpu = cpus()[0]?.model.trim() ?? 'cpu';
  const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const lines = [where.begin, `Command: \`${command}\``, `Machine: ${machine}`, `Date: ${date}`, '', table, where.end];
  const block = lines.join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(where.begin);
  const end = old.indexOf(where.end);
  const next =
    at >= 0 && end > at ? old.slice(0, at) + block + old.slice(end + where.end.length) : where.whenMissing(block, old);
  writeFileSync(file, next);
}
