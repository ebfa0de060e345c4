/**
 * The server's log under faults and load: a client that goes away mid-upload is no internal error
 * (no stack, no 500), and the request log is bounded per second whatever the request rate.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampledLog } from '../../api/log-sampler.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { closeKb, type Kb } from '../../kb/index.js';
import { seededKb } from '../api/helpers.js';

let kb: Kb;
let server: RunningServer;
const errors: string[] = [];
const requests: string[] = [];
beforeAll(async () => {
  kb = await seededKb();
  server = await startServer({
    kb,
    port: 0,
    hostname: '127.0.0.1',
    token: 'secret',
    maxBodyBytes: 1 << 20,
    log: (line) => requests.push(line),
    logError: (line) => errors.push(line),
  });
});
afterAll(async () => {
  await server.close();
  await closeKb(kb);
});

describe('a client that goes away', () => {
  it('mid-upload: no internal error, no stack; the server keeps answering', async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(
          'POST /api/acts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\n' +
            'Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\nРешение акима ',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
      socket.on('error', reject);
    });
    for (let i = 0; i < 50 && !requests.some((l) => l.includes('"POST"')); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(errors).toEqual([]);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const posts = requests
      .map((l) => JSON.parse(l) as { method: string; status: number })
      .filter((r) => r.method === 'POST');
    // Not a 500 with a stack, nor a 503 "database unavailable" (what the reset looked like before).
    expect(posts.map((p) => p.status)).toEqual([499]);
  });
});

describe('the request log under load', () => {
  it('writes at most its rate per second and says how many lines it dropped', () => {
    const lines: string[] = [];
    let clock = 1_000_000;
    const log = sampledLog(
      (l) => lines.push(l),
      10,
      () => clock,
    );
    for (let i = 0; i < 1000; i++) log(`{"n":${i}}`);
    expect(lines).toHaveLength(10);
    clock += 1000;
    log('{"n":"next"}');
    expect(lines).toHaveLength(12);
    expect(JSON.parse(lines[10]!)).toMatchObject({ level: 'warn', dropped: 990 });
    expect(lines[11]).toBe('{"n":"next"}');
  });

  it('100,000 requests in a second cost at most 100 lines and one summary', () => {
    let bytes = 0;
    let count = 0;
    const log = sampledLog(
      (l) => {
        bytes += l.length;
        count++;
      },
      100,
      () => 5_000,
    );
    for (let i = 0; i < 100_000; i++) log('x'.repeat(150));
    expect(count).toBe(100);
    expect(bytes).toBe(15_000);
  });
});
