/**
 * Several `zankb import` processes into one database at once, each given a share of the files
 * (every n-th file, so each share spans the register's whole timeline), timed together from the
 * first start to the last exit: what N editors importing side by side achieve.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZANKB = join(import.meta.dirname, '..', '..', 'bin', 'zankb.js');

/**
 * Imports `names` from `dir` into `db` with `processes` importers at once.
 * @param db the database URL (migrated beforehand, so the importers do not race to migrate it)
 * @param dir the generated register
 * @param names its files, in import order
 * @param processes how many importers
 * @returns wall seconds from the first start to the last exit
 * @throws Error when an importer fails (a file that failed, or the process itself)
 */
export async function importConcurrently(
  db: string,
  dir: string,
  names: readonly string[],
  processes: number,
): Promise<number> {
  // Each share is a folder of hard links: a share of 50k paths would not fit on a command line.
  const shares = mkdtempSync(join(tmpdir(), 'zankb-scale-shares-'));
  try {
    const folders = Array.from({ length: processes }, (_, i) => join(shares, String(i)));
    for (const f of folders) mkdirSync(f);
    names.forEach((name, i) => {
      linkSync(join(dir, name), join(folders[i % processes]!, name));
    });
    const started = performance.now();
    await Promise.all(folders.map((folder) => run(['import', folder, '--db', db, '--quiet'])));
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(shares, { recursive: true, force: true });
  }
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ZANKB, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`zankb ${args.join(' ')} exited with ${code} (its errors above)`)),
    );
  });
}
