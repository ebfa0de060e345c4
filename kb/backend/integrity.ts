/**
 * `zankb check` for a SQLite file: SQLite's own full check of every page and index
 * (`PRAGMA integrity_check`), the foreign keys, and the schema version. The file is opened read-only
 * and directly, not through `openKb`, which refuses a damaged file before any of this could run.
 */
import SQLite from 'better-sqlite3';
import { MIGRATIONS } from '../migrator.js';

/** What the check found: nothing (`problems` empty) or each problem in a line. */
export interface IntegrityReport {
  file: string;
  /** Pages, indexes and foreign keys checked (false when the file could not be read at all). */
  checked: boolean;
  problems: string[];
  /** Migrations applied, and those this zankb knows. */
  schema: { applied: number; known: number } | null;
}

/** Problems listed at most (SQLite's own default for integrity_check). */
const MAX_PROBLEMS = 100;

/**
 * Checks a SQLite knowledge base without changing it.
 * @param file an existing SQLite file
 * @returns the problems found, none when it is sound
 */
export function checkSqliteFile(file: string): IntegrityReport {
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { file, checked: false, problems: [`cannot open: ${(error as Error).message}`], schema: null };
  }
  try {
    const problems: string[] = [];
    const pages = pageProblems(sqlite);
    if (pages === null) return { file, checked: false, problems: ['not a SQLite database'], schema: null };
    problems.push(...pages);
    try {
      const orphans = sqlite.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
      for (const o of orphans.slice(0, MAX_PROBLEMS))
        problems.push(`${o.table} row ${o.rowid} points to a missing row of ${o.parent}`);
    } catch (error) {
      problems.push(`foreign keys: ${(error as Error).message}`);
    }
    const schema = schemaOf(sqlite);
    if (schema && schema.applied > schema.known)
      problems.push(`schema: made by a newer zankb (${schema.applied} migrations, this one knows ${schema.known})`);
    else if (schema && schema.applied < schema.known)
      problems.push(`schema: ${schema.applied} of ${schema.known} migrations applied (opening it migrates the rest)`);
    return { file, checked: true, problems, schema };
  } finally {
    sqlite.close();
  }
}

/**
 * The problems `integrity_check` finds. Asked for many, SQLite may go on past the damage it lists
 * and stop at a page it cannot read ("database disk image is malformed", nothing listed); fewer
 * are asked for then, and `quick_check`'s (pages only, not indexes against tables) last.
 * @returns the problems (none when sound), or null when the file is not SQLite at all
 */
function pageProblems(sqlite: SQLite.Database): string[] | null {
  for (const limit of [MAX_PROBLEMS, 20, 5, 1])
    for (const pragma of ['integrity_check', 'quick_check']) {
      try {
        const rows = sqlite.pragma(`${pragma}(${limit})`) as Array<Record<string, string>>;
        const lines = problemLines(rows.map((r) => r[pragma]!));
        return lines[0] === 'ok' ? [] : lines;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_NOTADB') return null;
      }
    }
  return ['database disk image is malformed (SQLite could not read far enough to say where)'];
}

/**
 * SQLite's check output as one problem a line: its rows may hold several lines, and the first
 * starts with a `*** in database main ***` heading.
 * @param rows the rows of `integrity_check` or `quick_check`
 * @returns the problems, or `['ok']` when the only row is `ok`
 */
export function problemLines(rows: readonly string[]): string[] {
  if (rows.length === 1 && rows[0] === 'ok') return ['ok'];
  return rows
    .flatMap((r) => r.split('\n'))
    .filter((line) => line.trim() && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
}

function schemaOf(sqlite: SQLite.Database): IntegrityReport['schema'] {
  try {
    const names = (sqlite.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    return { applied: names.length, known: Object.keys(MIGRATIONS).length };
  } catch {
    return null; // not a zankb database, or an empty one
  }
}
