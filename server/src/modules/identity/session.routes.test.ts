import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '2' });
});
afterAll(async () => ctx?.close());

const minutes = (n: number) => n * 60_000;

describe('sessions', () => {
  it('a session ends after the idle timeout, and the user is told it expired', async () => {
    const anna = await ctx.residentBrowser('anna');
    ctx.clock.advance(minutes(29));
    expect((await anna.get('/api/me')).statusCode).toBe(200);
    ctx.clock.advance(minutes(30));
    const res = await anna.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
    expect((await anna.get('/api/me')).json().error.code).toBe('unauthenticated');
  });

  it('activity keeps a session alive, but not past its absolute lifetime', async () => {
    const anna = await ctx.residentBrowser('anna');
    for (let i = 0; i < 4; i++) {
      ctx.clock.advance(minutes(25));
      expect((await anna.get('/api/me')).statusCode).toBe(200);
    }
    ctx.clock.advance(minutes(25));
    expect((await anna.get('/api/me')).json().error.code).toBe('session_expired');
  });

  it('signing out ends the session on the server, not only the cookie', async () => {
    const anna = await ctx.residentBrowser('anna');
    const stolenCookie = anna.cookies.get('sid')!;
    expect((await anna.post('/api/auth/sign-out')).statusCode).toBe(204);
    const thief = ctx.browser();
    thief.cookies.set('sid', stolenCookie);
    expect((await thief.get('/api/me')).statusCode).toBe(401);
  });

  it('signing out everywhere ends every session of that person and no one else’s', async () => {
    const phone = await ctx.residentBrowser('anna');
    const laptop = await ctx.residentBrowser('anna');
    const jonas = await ctx.residentBrowser('jonas');
    expect((await laptop.post('/api/auth/sign-out-everywhere')).statusCode).toBe(204);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/me')).statusCode).toBe(401);
    expect((await jonas.get('/api/me')).statusCode).toBe(200);
  });

  it('staff sign out everywhere too', async () => {
    const a = await ctx.staffBrowser('johan-holm');
    const b = await ctx.staffBrowser('johan-holm');
    await a.post('/api/auth/sign-out-everywhere');
    expect((await b.get('/api/staff/me')).statusCode).toBe(401);
  });

  it('a forged session cookie is refused', async () => {
    const browser = ctx.browser();
    browser.cookies.set('sid', 'not-a-session');
    expect((await browser.get('/api/me')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('a state-changing request without the CSRF header is refused and changes nothing', async () => {
    const anna = await ctx.residentBrowser('anna');
    const res = await anna.request('POST', '/api/auth/sign-out', {}, { 'x-csrf-token': '' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect((await anna.get('/api/me')).statusCode).toBe(200);
  });

  it('a CSRF token from another browser is refused even when its cookie is copied along', async () => {
    const anna = await ctx.residentBrowser('anna');
    const attacker = await ctx.residentBrowser('jonas');
    const token = attacker.cookies.get('csrf')!;
    anna.cookies.set('csrf', token);
    const res = await anna.request('POST', '/api/auth/sign-out', {}, { 'x-csrf-token': token });
    expect(res.statusCode).toBe(403);
    expect((await anna.request('GET', '/api/me')).statusCode).toBe(200);
  });

  it('sign-in requests need the CSRF token too (no login CSRF)', async () => {
    const browser = ctx.browser();
    const res = await browser.post('/api/auth/bankid/start', { audience: 'resident' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });

  it('the token is rotated at sign-in', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const before = browser.cookies.get('csrf');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    await ctx.simulator.approve(start.autoStartToken, residentId('anna'));
    await browser.post('/api/auth/bankid/collect');
    expect(browser.cookies.get('csrf')).toBeTruthy();
    expect(browser.cookies.get('csrf')).not.toBe(before);
    expect(browser.cookieAttributes.get('csrf')).toMatch(/SameSite=Strict/i);
  });
});
