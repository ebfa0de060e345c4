// `npm run build`, and `npm install`'s prepare: compiles parser/, kb/, api/ and bin/ to dist/
// (tsconfig.build.json), bundles the CLI's entry modules (bin/bundle.mjs), then stamps the build with
// the time it started (bin/build-stamp.mjs), so bin/zankb.js runs it only while no source has changed since.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeStamp } from './build-stamp.mjs';
import { bundle } from './bundle.mjs';

const root = join(import.meta.dirname, '..');
const started = Date.now();
// A clean build: a file left from a deleted source must not be importable.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write(
    'zankb build: tsc failed (above); bin/zankb.js runs the TypeScript through tsx until it passes\n',
  );
  process.exit(result.status ?? 1);
}
try {
  await bundle(join(root, 'dist'));
} catch (error) {
  // Without the stamp bin/zankb.js runs the TypeScript, never a half-bundled build.
  process.stderr.write(
    `zankb build: bundling failed: ${error.message}; bin/zankb.js runs the TypeScript until it passes\n`,
  );
  process.exit(1);
}
writeStamp(root, started);
