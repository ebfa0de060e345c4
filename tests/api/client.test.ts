/** The exported AppType drives Hono's typed client: paths, query parameters and JSON are typed. */
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppType } from '../../api/app.js';
import { closeKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from './helpers.js';

let kb: Kb;
let client: ReturnType<typeof hc<AppType>>;
beforeAll(async () => {
  kb = await seededKb();
  const app = appFor(kb);
  client = hc<AppType>('http://zankb.test', {
    fetch: (input: Request | string | URL, init?: RequestInit) =>
      app.request(input instanceof Request ? input : String(input), init),
  });
});
afterAll(async () => closeKb(kb));

describe('typed client (hc<AppType>)', () => {
  it('asks the applicability question with typed query parameters and reads typed JSON', async () => {
    const res = await client.api.regulations.$get({
      query: { region: 'ЗКО', date: '2018-08-01', service: 'медико-социальных учреждениях' },
    });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.regulations[0]?.version.sourceAct.number).toBe('119');
  });

  it('reads an act by id', async () => {
    const res = await client.api.acts[':id'].$get({ param: { id: 'zko-2018-05-22-119' }, query: {} });
    const act = await res.json();
    expect('act' in act && act.act.number).toBe('119');
  });
});
