/**
 * Browser tests' harness: the real server (`startServer`) over a temporary database with the seeds
 * imported, and Debian's headless Chromium driven by playwright-core. Screenshots go to
 * tests/artifacts/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/server.js';
import { parseFile } from '../../parser/index.js';
import { closeKb, importFiles, openKb, type Kb } from '../../kb/index.js';
import { seedFiles } from '../api/helpers.js';
import { ROOT } from '../helpers/seeds.js';

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Whether browser tests can run here. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Whether this run is CI's (CI=true), where a missing browser is a failure, not a skip. */
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Makes a browser suite's absence loud when Chromium is missing: a warning on the console and a
 * skipped test whose name says what to install; under CI=true a failing test instead (CI installs
 * Chromium, so a missing one is a broken setup). Does nothing when Chromium is there.
 * @param suite the title of the suite that will not run
 */
export function reportMissingChromium(suite: string): void {
  if (HAVE_CHROMIUM) return;
  const why =
    `${CHROMIUM} is missing: browser tests "${suite}" NOT RUN — ` +
    'install it (apt-get install -y chromium fonts-dejavu-core)';
  console.warn(`\n*** ${why} ***\n`);
  describe(suite, () => {
    if (IN_CI) it('needs Chromium in CI', () => expect.fail(why));
    else it.skip(`SKIPPED: ${why}`, () => {});
  });
}

/** Screenshots of the runs. */
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

/** Flags for a headless, quiet Chromium in containers and CI. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running server and browser, and how to stop both. */
export interface Harness {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts the server over a fresh database holding the seeds, and the browser.
 * @returns the harness
 */
export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'zankb-browser-'));
  const kb: Kb = await openKb(join(dir, 'kb.sqlite'));
  const summary = await importFiles(kb, seedFiles(), parseFile);
  if (summary.failed.length) throw new Error(`seed import failed: ${JSON.stringify(summary.failed)}`);
  const server: RunningServer = await startServer({
    kb,
    port: 0,
    hostname: '127.0.0.1',
    token: null,
    maxBodyBytes: 2 * 1024 * 1024,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    url: server.url,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
      await closeKb(kb);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
