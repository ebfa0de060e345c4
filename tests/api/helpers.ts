/** An app over an in-memory knowledge base holding the five seeds, parsed by the real parser. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../api/app.js';
import type { ApiDeps } from '../../api/deps.js';
import { parseFile } from '../../parser/index.js';
import { importFiles, openKb, type Kb } from '../../kb/index.js';
import { CORPUS } from '../helpers/seeds.js';

/** The seeds as files. */
export function seedFiles(): Array<{ path: string; text: string }> {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: join(CORPUS, f), text: readFileSync(join(CORPUS, f), 'utf8') }));
}

/** A knowledge base with every seed imported. */
export async function seededKb(): Promise<Kb> {
  const kb = await openKb(':memory:');
  const summary = await importFiles(kb, seedFiles(), parseFile);
  if (summary.failed.length > 0) throw new Error(`seed import failed: ${JSON.stringify(summary.failed)}`);
  return kb;
}

/** The app with test settings: no request log, a fixed "today". */
export function appFor(kb: Kb, overrides: Partial<ApiDeps> = {}) {
  return createApp(
    { kb, parse: parseFile, token: null, maxBodyBytes: 2 * 1024 * 1024, today: () => '2018-08-01', ...overrides },
    { logError: () => {} },
  );
}

/** A response's JSON, loosely typed: tests check its shape with the response schemas or toMatchObject. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads any field of a body; the schemas check the shape
export async function json(res: Response): Promise<any> {
  return res.json();
}

/** GET a path and return status and JSON body (loosely typed, as `json`). */
// biome-ignore lint/suspicious/noExplicitAny: as json() above
export async function getJson(app: ReturnType<typeof appFor>, path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}
