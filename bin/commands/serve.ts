/**
 * `zankb serve [--db FILE] [--port N] [--host H]`, and `zankb start` (what `npm start` runs):
 * import the bundled corpus when the database is missing or older than it, then serve.
 */
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MCP_RATE_LIMIT, type McpHttpOptions } from '../../api/mcp/http.js';
import { startServer } from '../../api/server.js';
import { DEFAULT_UPLOAD_CAPS, type UploadParseCaps } from '../../api/upload-parser.js';
import { DEFAULT_LOG_RATE, sampledLog } from '../../api/log-sampler.js';
import { closeKb, importFiles, openKb } from '../../kb/index.js';
import { isPostgresUrl } from '../../kb/backend/target.js';
import { EXIT, InputError, UsageError, dbPath, displayPath, writeLockOptions } from '../cli-common.js';
import { DEFAULT_MAX_BYTES, collectFiles, onDisk } from '../files.js';
import { parseFile } from '../../parser/index.js';
import { sidecarOf } from '../sidecar.js';
import { packageRoot } from '../package-root.js';

/** The API's body limit and the CLI's --max-bytes default are one number. */
const DEFAULT_MAX_BODY = DEFAULT_MAX_BYTES;
/** Answers kept in memory between imports (ZANKB_CACHE_MB; 0 turns the cache off). */
const DEFAULT_CACHE_MB = 64;
const CORPUS = join(packageRoot(), 'corpus');

/**
 * Runs the server until SIGINT/SIGTERM.
 * @param args arguments after `serve`
 */
export async function serveCommand(args: string[]): Promise<number> {
  const values = serveOptions(args);
  const file = dbPath(values.db);
  // existsSync cannot see a PostgreSQL database (and the URL would print its password): files only.
  if (!isPostgresUrl(file) && !existsSync(file))
    process.stderr.write(
      `zankb: no knowledge base at ${file} yet; starting with an empty one (fill it with \`zankb import\` ` +
        `or POST /api/acts)\n`,
    );
  return serve(file, values);
}

/**
 * `npm start`: the product on the bundled corpus.
 * @param args the same options as serve
 */
export async function startCommand(args: string[]): Promise<number> {
  const values = serveOptions(args);
  const file = dbPath(values.db);
  const { files } = collectFiles([CORPUS]);
  const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
  if (!existsSync(file) || statSync(file).mtimeMs < newest) {
    process.stdout.write(`importing the bundled corpus (${files.length} acts) into ${displayPath(file)} …\n`);
    const kb = await openKb(file, writeLockOptions(true));
    try {
      const summary = await importFiles(kb, files.map(onDisk), (text, path) => parseFile(text, path, sidecarOf(path)));
      for (const f of summary.failed) process.stderr.write(`zankb: ${f.file}: ${f.reason}\n`);
      const t = summary.totals;
      process.stdout.write(
        `imported ${summary.imported}, unchanged ${summary.unchanged}, failed ${summary.failed.length};` +
          ` ${t.acts} acts, ${t.regulations} regulations, ${t.versions} versions\n`,
      );
    } finally {
      await closeKb(kb);
    }
    const now = new Date();
    utimesSync(file, now, now); // the database is now as new as the corpus, even when nothing changed
  }
  return serve(file, values);
}

interface ServeValues {
  db?: string;
  port?: string;
  host?: string;
}

function serveOptions(args: string[]): ServeValues {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new UsageError(`serve takes no positional arguments (got "${positionals.join(' ')}")`);
  return values;
}

async function serve(file: string, values: ServeValues): Promise<number> {
  const portText = values.port ?? process.env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new UsageError(`--port "${portText}" is not a port number (0–65535; 0 picks a free one)`);
  const maxText = process.env.ZANKB_MAX_BODY;
  const maxBodyBytes = maxText ? Number(maxText) : DEFAULT_MAX_BODY;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)
    throw new UsageError(`ZANKB_MAX_BODY "${maxText}" is not a positive number of bytes`);
  const cacheText = process.env.ZANKB_CACHE_MB;
  const cacheMb = cacheText ? Number(cacheText) : DEFAULT_CACHE_MB;
  if (!Number.isFinite(cacheMb) || cacheMb < 0)
    throw new UsageError(`ZANKB_CACHE_MB "${cacheText}" is not a number of megabytes (0 turns the answer cache off)`);
  const token = process.env.ZANKB_TOKEN?.trim() || null;
  const mcp = mcpOptions();
  const kb = await openKb(file, writeLockOptions(false));
  const server = await startServer({
    kb,
    port,
    ...(values.host ? { hostname: values.host } : {}),
    token,
    maxBodyBytes,
    cacheBytes: Math.round(cacheMb * 1e6),
    mcp,
    uploadCaps: uploadCaps(),
    // Sampled (api/log-sampler.ts) so that load cannot fill the disk; ZANKB_LOG_RATE lines a second.
    log:
      process.env.ZANKB_LOG === 'off'
        ? undefined
        : sampledLog((line) => process.stdout.write(`${line}\n`), logRate(process.env.ZANKB_LOG_RATE)),
  }).catch(async (e: NodeJS.ErrnoException) => {
    await closeKb(kb);
    if (e.code === 'EADDRINUSE')
      throw new InputError(`port ${port} is in use; pass --port N or set PORT (0 picks a free port)`);
    throw e;
  });
  process.stdout.write(
    `zankb serving ${displayPath(file)} at ${server.url}  (pages: ${server.url}/ ; API ` +
      `docs: ${server.url}/api/docs; MCP: ${server.url}/mcp; ` +
      `imports ${token ? 'enabled with ZANKB_TOKEN' : 'disabled: set ZANKB_TOKEN to enable POST /api/acts'})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await closeKb(kb);
  return EXIT.ok;
}

/**
 * Caps of upload parsing (api/upload-parser.ts): ZANKB_PARSE_TIMEOUT_MS per parse,
 * ZANKB_PARSE_MEMORY_MB per parser thread, ZANKB_PARSE_THREADS threads.
 */
function uploadCaps(): UploadParseCaps {
  const read = (name: string, fallback: number, least: number): number => {
    const text = process.env[name]?.trim();
    if (!text) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < least) throw new UsageError(`${name} "${text}" is not a whole number ≥ ${least}`);
    return n;
  };
  return {
    timeoutMs: read('ZANKB_PARSE_TIMEOUT_MS', DEFAULT_UPLOAD_CAPS.timeoutMs, 1),
    memoryMb: read('ZANKB_PARSE_MEMORY_MB', DEFAULT_UPLOAD_CAPS.memoryMb, 16),
    threads: read('ZANKB_PARSE_THREADS', DEFAULT_UPLOAD_CAPS.threads, 1),
  };
}

/** `/mcp` settings: ZANKB_MCP_RATE requests per minute per client (0: no limit), ZANKB_BASE_URL for citation links. */
function mcpOptions(): McpHttpOptions {
  const rateText = process.env.ZANKB_MCP_RATE;
  const rateLimit = rateText ? Number(rateText) : DEFAULT_MCP_RATE_LIMIT;
  if (!Number.isInteger(rateLimit) || rateLimit < 0)
    throw new UsageError(`ZANKB_MCP_RATE "${rateText}" is not a number of requests per minute (0 turns the limit off)`);
  const baseUrl = process.env.ZANKB_BASE_URL?.trim();
  return { rateLimit, ...(baseUrl ? { baseUrl } : {}) };
}

/** Lines a second of the request log: a positive integer, or the default. */
function logRate(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LOG_RATE;
}
