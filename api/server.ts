/**
 * Serving the app over HTTP with @hono/node-server. The only module of api/
 * that touches the network; settings come in as arguments (bin/ reads env).
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Kb } from '../kb/index.js';
import { createApp } from './app.js';
import { DEFAULT_UPLOAD_CAPS, startUploadParser, type UploadParseCaps } from './upload-parser.js';
import type { McpHttpOptions } from './mcp/http.js';

/** Settings of a running server. */
export interface ServerOptions {
  kb: Kb;
  port: number;
  /** Interface to bind; default all. */
  hostname?: string;
  token: string | null;
  maxBodyBytes: number;
  /** Request log; omit for silence. */
  log?: (line: string) => void;
  /** Unexpected errors with stacks; default stderr. */
  logError?: (line: string) => void;
  /** Bytes of answers kept between imports (`api/cache.ts`); 0 or omitted: none. */
  cacheBytes?: number;
  /** `/mcp` settings (rate limit, base URL). */
  mcp?: McpHttpOptions;
  /** Caps of upload parsing (threads, time, memory); default DEFAULT_UPLOAD_CAPS. */
  uploadCaps?: UploadParseCaps;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts listening (port 0 picks a free port).
 * @param options knowledge base, port, token, body limit, logging
 * @returns the URL and a close function
 */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  // Uploads are parsed on a capped thread, so a runaway parse cannot hold the request thread.
  const uploads = startUploadParser(options.uploadCaps ?? DEFAULT_UPLOAD_CAPS);
  const app = createApp(
    {
      kb: options.kb,
      parse: uploads.parse,
      token: options.token,
      maxBodyBytes: options.maxBodyBytes,
      today: localToday,
    },
    {
      ...(options.log ? { log: options.log } : {}),
      ...(options.logError ? { logError: options.logError } : {}),
      ...(options.cacheBytes ? { cacheBytes: options.cacheBytes } : {}),
      ...(options.mcp ? { mcp: options.mcp } : {}),
    },
  );
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve(
        { fetch: app.fetch, port: options.port, ...(options.hostname ? { hostname: options.hostname } : {}) },
        (info: AddressInfo) => {
          const host =
            !options.hostname || options.hostname === '0.0.0.0' || options.hostname === '::'
              ? 'localhost'
              : options.hostname;
          resolve({
            url: `http://${host}:${info.port}`,
            port: info.port,
            close: () => new Promise<void>((done) => server.close(() => done())).then(() => uploads.close()),
          });
        },
      );
      server.once('error', (error) => {
        void uploads.close();
        reject(error);
      });
    } catch (e) {
      void uploads.close();
      reject(e);
    }
  });
}

/** Today in the server's local time zone, YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
