/**
 * A server whose PostgreSQL goes away answers 503 with a clear error, and answers again when it
 * is back. The database "goes away" behind a TCP proxy this test switches off and on, so the
 * shared test server keeps running.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { appFor } from '../api/helpers.js';
import { createDatabase, dropDatabase } from './server.js';

/** A switchable TCP proxy to the test server. */
class TcpProxy {
  #server: Server | null = null;
  #sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('close', () => this.#sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.#server = server;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise((resolve) => this.#server?.close(resolve));
    this.#server = null;
  }
}

const name = `${inject('pgPrefix')}servers`;
let kb: Kb | null = null;
let proxy: TcpProxy | null = null;
afterAll(async () => {
  await proxy?.stop();
  if (kb) await closeKb(kb);
  await dropDatabase(inject('pgAdminUrl'), name);
});

describe('a server that loses its database', () => {
  it('answers 503 while it is gone and recovers when it returns; health names the backend', async () => {
    const direct = new URL(await createDatabase(inject('pgAdminUrl'), name, inject('pgTemplate')));
    const port = 20_000 + (process.pid % 20_000);
    proxy = new TcpProxy(port, { host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(direct);
    viaProxy.port = String(port);
    kb = await openKb(viaProxy.toString());
    const app = appFor(kb);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, backend: 'postgres' });
    expect((await app.request('/api/regions')).status).toBe(200);

    await proxy.stop();
    const down = await app.request('/api/regions');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/cannot be reached/),
    });
    expect((await app.request('/api/health')).status).toBe(503);

    await proxy.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await app.request('/api/regions')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await app.request('/api/health')).status).toBe(200);
  }, 60_000);
});
