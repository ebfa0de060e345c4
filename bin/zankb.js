#!/usr/bin/env node
// Entry point for `npx zankb` and `npm start`. Runs the compiled build (dist/, made by `npm install`
// and `npm run build`) when no source has changed since it was built, and otherwise the TypeScript
// through tsx's loader, so an outdated build never runs. ZANKB_BUILD=dist insists on the build (and
// stops when it is missing or stale); ZANKB_BUILD=source always runs the TypeScript.
import { join } from 'node:path';
import { buildState } from './build-stamp.mjs';

const mode = process.env.ZANKB_BUILD ?? '';
if (mode !== '' && mode !== 'dist' && mode !== 'source') {
  process.stderr.write(`zankb: ZANKB_BUILD is "${mode}"; expected dist, source, or unset (dist when it is fresh)\n`);
  process.exit(2);
}
const build = mode === 'source' ? null : buildState(join(import.meta.dirname, '..'));
if (build?.state === 'fresh') {
  await import('../dist/bin/zankb.js');
} else if (mode === 'dist') {
  const why = build?.state === 'stale' ? `older than ${build.changed}` : 'missing';
  process.stderr.write(`zankb: ZANKB_BUILD=dist, but the build in dist/ is ${why}: run \`npm run build\`\n`);
  process.exit(2);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./zankb.ts');
}
