/**
 * Security headers on every response: pages, API answers, errors, cached answers, the docs page
 * (whose inline stylesheet is allowed by its hash, checked here against the bytes actually sent),
 * and no page carries a script or an inline style the policy would block.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { appFor, seededKb } from '../api/helpers.js';

let kb: Kb;
let app: ReturnType<typeof appFor>;
let cached: ReturnType<typeof appFor>;
beforeAll(async () => {
  kb = await seededKb();
  app = appFor(kb);
  cached = appFor(kb, {});
});
afterAll(async () => {
  await closeKb(kb);
});

const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

function expectHeaders(res: Response): void {
  for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers.get(name), name).toBe(value);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('script-src');
}

describe('security headers', () => {
  const paths = [
    '/',
    '/search?q=%D0%B0%D0%BA%D0%B8%D0%BC',
    '/acts/no-such-act',
    '/assets/site.css',
    '/favicon.svg',
    '/api/health',
    '/api/regions',
    '/api/openapi.json',
    '/api/acts?limit=2',
    '/api/no-such-route',
    '/api/regulations/%00%27--',
  ];
  for (const path of paths) {
    it(`GET ${path}`, async () => {
      const res = await app.request(path);
      expectHeaders(res);
    });
  }

  it('on an error answer of a write (no token) and a method not allowed', async () => {
    expectHeaders(await app.request('/api/acts', { method: 'POST', body: 'x' }));
    expectHeaders(await app.request('/api/health', { method: 'DELETE' }));
  });

  it('on answers served from the response cache', async () => {
    const { createApp } = await import('../../api/app.js');
    const { parseFile } = await import('../../parser/index.js');
    const withCache = createApp(
      { kb, parse: parseFile, token: null, maxBodyBytes: 1 << 20, today: () => '2018-08-01' },
      { logError: () => {}, cacheBytes: 1 << 20 },
    );
    await withCache.request('/api/regions');
    expectHeaders(await withCache.request('/api/regions'));
    expect(cached).toBeDefined();
  });

  it('the docs page: its inline stylesheet, as sent, is allowed by hash', async () => {
    const res = await app.request('/api/docs');
    expectHeaders(res);
    const html = await res.text();
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(res.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
  });

  it('the pages carry no script, no inline style and no foreign resource', async () => {
    for (const path of ['/', '/search?q=%D1%80%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5', '/answer']) {
      const html = await (await app.request(path)).text();
      expect(html, path).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
      expect(html, path).not.toMatch(/(?:src|href)="(?:https?:)?\/\/[^"]*\.(?:css|js)/);
    }
  });
});
