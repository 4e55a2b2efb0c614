import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create({ BANKID_SIMULATOR_ENABLED: 'true' });
});
afterAll(async () => ctx?.close());

describe('deny by default', () => {
  it('R-UN-4: a server with an API route missing from the access table does not start', async () => {
    const fresh = await TestContext.create();
    try {
      fresh.app.get('/api/undeclared', async () => ({ leaked: true }));
      await expect(fresh.app.ready()).rejects.toThrow(/GET \/api\/undeclared/);
    } finally {
      await fresh.close().catch(() => undefined);
    }
  });

  it('the BankID simulator is documented under a tag of its own', async () => {
    const doc = (await ctx.browser().get('/api/openapi.json')).json();
    expect(doc.paths['/bankid-sim/rp/v6.0/auth'].post.tags).toEqual(['BankID simulator']);
  });

  it('an address the router cannot take (a path segment past its length, broken encoding) is refused like any bad input, without echoing it', async () => {
    const long = await ctx.browser().get(`/api/me/conversations/${'x'.repeat(3_000)}`);
    expect(long.statusCode).toBe(414);
    expect(long.json().error).toMatchObject({ code: 'validation_failed', field: 'path' });
    expect(long.body).not.toContain('xxxxxxxxxx');
    const broken = await ctx.browser().get('/api/me/conversations/%E0%A4%A');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: 'validation_failed', field: 'path' });
  });

  it('a text holding the NUL character is refused naming its field, and JSON with prototype keys is refused', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const nul = await browser.post('/api/tickets/verify', { code: 'T1.a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({ code: 'validation_failed', field: 'code' });
    const poisoned = await browser.requestRaw('POST', '/api/tickets/verify', '{"__proto__":{"x":1},"code":"T1.x"}', 'application/json');
    expect(poisoned.statusCode).toBe(400);
  });

  it('an unknown API path gets a JSON 404', async () => {
    const res = await ctx.browser().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('security headers', () => {
  it('the CSP allows only our own scripts (no unsafe-inline) and no framing', async () => {
    const res = await ctx.browser().get('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('every answer, an unknown path and a refusal too, says no framing, HTTPS only and no camera for other origins', async () => {
    for (const res of [await ctx.browser().get('/api/health'), await ctx.browser().get('/api/no-such-thing'), await ctx.browser().post('/api/me/self-booking', {})]) {
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['permissions-policy']).toBe('camera=(self), microphone=(self), geolocation=(), payment=()');
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    }
  });
});

describe('operations', () => {
  it('readiness reports the database, the jobs and draining; liveness only that the process answers; metrics are exposed for Prometheus', async () => {
    expect((await ctx.browser().get('/api/health')).json()).toEqual({ status: 'ok', database: 'ok', jobs: 'ok', lateJobs: [], draining: false });
    expect((await ctx.browser().get('/api/health/live')).json()).toEqual({ status: 'ok' });
    const metrics = await ctx.browser().get('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('http_requests_total');
    expect(metrics.body).toMatch(/route="\/api\/health"/);
  });

  it('every metric the Grafana dashboard in docs/ charts is one that /metrics exports', async () => {
    const exprs = [...readFileSync(new URL('../../../docs/grafana-dashboard.json', import.meta.url), 'utf8').matchAll(/"expr": "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    // Metric names: identifiers that are not functions, grouping labels or label matchers; a histogram is charted by its _bucket series.
    const names = exprs.flatMap((expr) => [...expr.replace(/by \([^)]*\)/g, '').replace(/\{[^}]*\}/g, '').matchAll(/\b([a-z][a-z0-9_]*)\b(?!\s*\()/g)].map((m) => m[1]!));
    const charted = new Set(names.filter((name) => name.includes('_') && !/^\d/.test(name)).map((name) => name.replace(/_bucket$/, '')));
    const exported = (await ctx.browser().get('/metrics')).body;
    expect(charted.size).toBeGreaterThan(8);
    for (const name of charted) expect(exported, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
  });

  it('metrics report live connections, the queues (residents waiting for care, unread messages, the print list) and video meetings; only loopback or the metrics token may read them', async () => {
    const metrics = await ctx.browser().get('/metrics');
    const queues = ['care_waiting_conversations', 'care_unread_messages', 'resident_unread_messages', 'print_list_documents'].flatMap((queue) => [`${queue}_depth`, `${queue}_oldest_seconds`]);
    for (const name of ['websocket_connections', ...queues, 'video_meetings_in_progress']) {
      expect(metrics.body).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
    const outside = await ctx.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('http_requests_total');
    const token = 'metrics-token-6c1f0e9b4d2a7f3e8c5b1a0d';
    const guarded = await TestContext.create({ METRICS_TOKEN: token });
    try {
      expect((await guarded.app.inject({ url: '/metrics' })).statusCode).toBe(404);
      expect((await guarded.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-000000000000000000000000' } })).statusCode).toBe(404);
      const allowed = await guarded.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Bearer ${token}` } });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.body).toContain('http_requests_total');
    } finally {
      await guarded.close();
    }
  });

  it('a resident message is unread by care until someone in care reads it, and a reply (not a note) unread by the resident until they read it', async () => {
    const unread = async () => ({ byCare: (await ctx.services.queues.careUnread()).count, byResidents: (await ctx.services.queues.residentsUnread()).count });
    const before = await unread();
    const jonas = await ctx.residentBrowser('jonas');
    const options = (await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] };
    const unitId = options.units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
    const answers = { area: 'skin', duration: 'days', emergency: 'no' };
    const started = await jonas.post('/api/me/conversations', { unitId, errand: 'advice', mode: 'async', answers, bookingId: null, message: 'Utslag på armen.', clientId: randomUUID() });
    expect(started.statusCode, started.body).toBe(201);
    const path = `/api/staff/conversations/${started.json().conversationId as string}`;
    expect(await unread()).toEqual({ byCare: before.byCare + 1, byResidents: before.byResidents });
    expect((await ctx.services.queues.careUnread()).oldest).not.toBeNull();

    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const { conversation } = (await johan.get(path)).json() as { conversation: { lastSeq: number } };
    expect((await johan.post(`${path}/read`, { seq: conversation.lastSeq })).statusCode).toBe(204);
    expect(await unread()).toEqual(before);

    await johan.post(`${path}/messages`, { clientId: randomUUID(), body: 'Intern anteckning.', kind: 'note' });
    expect(await unread()).toEqual(before);
    const reply = await johan.post(`${path}/messages`, { clientId: randomUUID(), body: 'Smörj med mild kräm.', kind: 'reply' });
    expect(await unread()).toEqual({ byCare: before.byCare, byResidents: before.byResidents + 1 });
    const residentPath = path.replace('/api/staff/', '/api/me/');
    expect((await jonas.post(`${residentPath}/read`, { seq: (reply.json() as { message: { seq: number } }).message.seq })).statusCode).toBe(204);
    expect(await unread()).toEqual(before);
  });

  it('a failure on our side answers 5xx with only a request id, and health reports the database down', async () => {
    const broken = await TestContext.create();
    const anna = await broken.residentBrowser('anna');
    await broken.database.close();
    const res = await anna.get('/api/me/bookings');
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    const body = res.json();
    expect(body.error.code).toBe('internal_error');
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(body)).not.toMatch(/select|PGlite|stack|at /i);
    const health = await broken.browser().get('/api/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', database: 'unavailable', jobs: 'unknown' });
    expect((await broken.browser().get('/api/health/live')).statusCode).toBe(200);
    await broken.app.close();
    await broken.simulator.close();
  });
});

describe('logs', () => {
  it('no personnummer, token or cookie reaches the log, even on errors', async () => {
    const lines: string[] = [];
    const logged = await TestContext.create({ LOG_LEVEL: 'debug' }, { write: (line: string) => void lines.push(line) });
    try {
      const anna = await logged.residentBrowser('anna');
      await anna.get('/api/me');
      const maria = await logged.staffBrowser('maria-ek', 'Visby vårdcentral');
      await maria.post('/api/staff/residents/search', { identifier: residentId('anna') });
      await maria.post('/api/staff/residents/search', { identifier: '19850314-1238' });
      const log = lines.join('\n');
      expect(lines.length).toBeGreaterThan(5);
      expect(log).not.toContain(residentId('anna'));
      expect(log).not.toContain('19850314-1238');
      expect(log).not.toContain(anna.cookies.get('sid')!);
      expect(log).not.toContain(anna.cookies.get('csrf')!);
      expect(log).not.toMatch(/autostarttoken|qrStartSecret/i);
    } finally {
      await logged.close();
    }
  });
});
