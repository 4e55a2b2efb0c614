import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'vk-web-'));
  mkdirSync(join(dist, 'portal'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<title>resident</title>');
  writeFileSync(join(dist, 'portal', 'index.html'), '<title>portal</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'sw.js'), "self.addEventListener('push', () => {});");
  ctx = await TestContext.create({ WEB_DIST_DIR: dist });
});
afterAll(async () => ctx?.close());

describe('the web apps', () => {
  it('the resident app is served at / and on its client-side routes', async () => {
    for (const path of ['/', '/bokningar', '/vem-har-last?x=1']) {
      const res = await ctx.browser().get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.body).toContain('resident');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('the staff portal is served at /portal and on its client-side routes', async () => {
    for (const path of ['/portal', '/portal/', '/portal/invanare/123']) {
      const res = await ctx.browser().get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.body).toContain('portal');
    }
  });

  it('hashed assets are cached for good; unknown assets and API paths are 404, not the app', async () => {
    const asset = await ctx.browser().get('/assets/app-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await ctx.browser().get('/assets/missing.js')).statusCode).toBe(404);
    expect((await ctx.browser().get('/api/missing')).json().error.code).toBe('not_found');
  });

  it('the service worker is a script at the root, where its scope covers the whole app', async () => {
    const res = await ctx.browser().get('/sw.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBeUndefined();
    // With no worker-src, registering a worker falls back to script-src: our own origin only.
    const csp = String((await ctx.browser().get('/')).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('worker-src');
  });
});
