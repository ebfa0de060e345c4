/**
 * vitest globalSetup of the `postgres` project: makes sure a server runs, builds a migrated
 * template database for the run (so each knowledge base a test opens is a cheap copy), hands its
 * name to the workers and drops every database of the run afterwards.
 */
import type { TestProject } from 'vitest/node';
import { closeKb, openKb } from '../../kb/index.js';
import { createDatabase, dropDatabases, ensureServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgPrefix: string;
  }
}

/**
 * Starts what the PostgreSQL suites need.
 * @param project the vitest project
 * @returns the teardown
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = ensureServer();
  const prefix = `zankb_t${process.pid}_`;
  await dropDatabases(adminUrl, prefix);
  const template = `${prefix}template`;
  const kb = await openKb(await createDatabase(adminUrl, template));
  await closeKb(kb);
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgPrefix', prefix);
  return () => dropDatabases(adminUrl, prefix);
}
