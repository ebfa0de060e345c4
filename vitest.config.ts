import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { INSTALL_HINT, pgUnavailableReason } from './tests/pg/server.js';

/**
 * Two projects: every suite on SQLite, and the knowledge-base, API and model-based suites again
 * on PostgreSQL (tests/pg: a server is started when ZANKB_TEST_PG names none; `openKb(':memory:')`
 * becomes a fresh database). Suites about SQLite itself (files, PRAGMAs, the FTS5 cell index)
 * stay SQLite-only; tests/pg holds the PostgreSQL-only ones.
 */
const POSTGRES_SUITES = [
  'tests/kb/**/*.test.ts',
  'tests/api/**/*.test.ts',
  'tests/model/**/*.test.ts',
  'tests/pg/**/*.test.ts',
];
const SQLITE_ONLY = [
  'tests/kb/db.test.ts', // SQLite files: folders, non-SQLite files, reopening
  'tests/kb/search-layout.test.ts', // the FTS5 cell index (kb/search/layout.ts)
  'tests/kb/search.test.ts', // FTS5 internals and BM25 scores; PostgreSQL's search: tests/pg/search.test.ts
  // 120 orders × 5 documents (4 min on PostgreSQL); orders and concurrency there: tests/pg/concurrent.test.ts
  'tests/kb/order.test.ts',
  'tests/api/cache.test.ts', // SQLite's data_version across connections; PostgreSQL's: tests/pg/servers.test.ts
];

const skipPg = pgUnavailableReason();
if (skipPg) console.warn(`\n*** PostgreSQL suites SKIPPED: ${skipPg}.\n*** To run them, ${INSTALL_HINT}.\n`);

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
  setupFiles: ['tests/helpers/cleanup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/pg/**', '**/node_modules/**'],
        },
      },
      ...(skipPg
        ? []
        : [
            {
              resolve: {
                alias: [
                  {
                    find: /^\.\/db\.js$/,
                    replacement: fileURLToPath(new URL('./tests/pg/db-on-postgres.ts', import.meta.url)),
                  },
                ],
              },
              test: {
                ...shared,
                name: 'postgres',
                include: POSTGRES_SUITES,
                exclude: [...SQLITE_ONLY, '**/node_modules/**'],
                globalSetup: ['tests/pg/global-setup.ts'],
                env: { ZANKB_TEST_BACKEND: 'postgres' },
              },
            },
          ]),
    ],
  },
});
