// The second step of `npm run build`. tsc's output in dist/ is one ES module per source file, and
// `zankb import FILE` would load about 650 of them (kysely's package alone is 262 files): resolving and
// compiling them was about 40 % of that process's CPU (bench/RESULTS.md, "One new act into a large
// base"). esbuild joins the CLI and its two worker threads, with the packages they import, into files
// written over the three entry modules; what a command imports lazily stays in chunks of its own
// (dist/chunks/), so a command loads only what it runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** The modules a process or thread starts from, relative to the build's folder. */
export const ENTRIES = ['bin/zankb.js', 'parser/parallel/worker.js', 'bin/import-thread/worker.js'];

/** Loaded by the bundle at run time as they are: a native addon, and the PostgreSQL driver with its optional one. */
const EXTERNAL = ['better-sqlite3', 'pg', 'pg-native'];

/** CommonJS packages bundled into ES modules call require() for Node's built-in modules. */
const REQUIRE =
  "import { createRequire as __zankbRequire } from 'node:module';\n" +
  'const require = __zankbRequire(import.meta.url);';

/** What a module's `import.meta.url` (or `.dirname`) becomes before bundling: its place in the build. */
const ORIGIN = /__zankbOrigin\("(url|dirname)", "([^"]+)"\)/g;

/**
 * Bundles the build in `out` (tsc's output) in place.
 * @param {string} out the build's folder (dist/, or a test's own)
 * @returns {Promise<string[]>} the files written, relative to `out`
 */
export async function bundle(out) {
  // esbuild comes with tsx, a dependency of the package.
  const require = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const { build } = require('esbuild');
  const result = await build({
    entryPoints: ENTRIES.map((e) => join(out, e)),
    outbase: out,
    outdir: out,
    allowOverwrite: true,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    external: EXTERNAL,
    banner: { js: REQUIRE },
    plugins: [keepModuleOrigins(out)],
    logLevel: 'warning',
  });
  const written = [];
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, placeOrigins(file.text, relative(out, dirname(file.path))));
    written.push(relative(out, file.path));
  }
  return written;
}

/**
 * Modules that find files beside themselves (the worker threads' entry modules, the package's folder)
 * read `import.meta`, which in a bundle is the bundle's file: each is marked with the module's own
 * path in the build, and `placeOrigins` turns the mark into that path seen from the output file.
 */
function keepModuleOrigins(out) {
  return {
    name: 'zankb-module-origins',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => {
        const path = relative(out, args.path);
        if (path.startsWith('..') || path.includes('node_modules')) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const origin = path.split(sep).join('/');
        return {
          contents: text
            .replaceAll('import.meta.url', `__zankbOrigin("url", "${origin}")`)
            .replaceAll('import.meta.dirname', `__zankbOrigin("dirname", "${origin}")`),
          loader: 'js',
        };
      });
    },
  };
}

/** Replaces each origin mark in an output file at `at` (relative to the build) by the module's URL or folder. */
function placeOrigins(text, at) {
  const depth = at === '' ? 0 : at.split(sep).length;
  return text.replace(ORIGIN, (_, what, origin) => {
    const url = `new URL(${JSON.stringify(`${'../'.repeat(depth) || './'}${origin}`)}, import.meta.url)`;
    return what === 'url' ? `${url}.href` : `require('node:path').dirname(require('node:url').fileURLToPath(${url}))`;
  });
}
