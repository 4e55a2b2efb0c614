import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, staffPersonalNumber, TestContext } from '../../testing/test-context.ts';
import { accounts, residents, signInAttempts } from '../../db/schema/index.ts';
import { eq, sql } from 'drizzle-orm';
import { CURRENT_TERMS_VERSION } from './terms.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());

const accountOf = async (identifier: string) => {
  const [row] = await ctx.database.db
    .select({ account: accounts })
    .from(accounts)
    .innerJoin(residents, eq(residents.id, accounts.residentId))
    .where(eq(residents.identifier, identifier));
  return row?.account ?? null;
};

describe('BankID sign-in', () => {
  it('R-ID-1: a resident signs in with BankID on the same device and gets an HttpOnly, Secure, SameSite session cookie', async () => {
    const { browser, collect } = await ctx.signIn('resident', residentId('anna'));
    expect(collect.json()).toEqual({ status: 'signed_in' });
    const attributes = browser.cookieAttributes.get('sid') ?? '';
    expect(attributes).toMatch(/HttpOnly/i);
    expect(attributes).toMatch(/Secure/i);
    expect(attributes).toMatch(/SameSite=Lax/i);
    const session = (await browser.get('/api/auth/session')).json();
    expect(session.principal).toMatchObject({ kind: 'resident', givenName: 'Anna', familyName: 'Lindqvist' });
  });

  it('R-ID-1: the other-device flow shows a new QR code every second and completes when it is scanned', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    expect(start.qrData).toMatch(/^bankid\.[\w-]+\.0\.[0-9a-f]{64}$/);
    ctx.clock.advance(1000);
    const pending = (await browser.post('/api/auth/bankid/collect')).json();
    expect(pending).toMatchObject({ status: 'pending', hintCode: 'outstandingTransaction' });
    expect(pending.qrData).toMatch(/^bankid\.[\w-]+\.1\.[0-9a-f]{64}$/);
    expect(pending.qrData).not.toBe(start.qrData);
    await ctx.simulator.approveByQr(pending.qrData, residentId('anna'));
    expect((await browser.post('/api/auth/bankid/collect')).json()).toEqual({ status: 'signed_in' });
  });

  it('R-ID-1: against real BankID the same-device flow opens the BankID app through its autostart link', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    expect(start.launchUrl).toBe(`bankid:///?autostarttoken=${start.autoStartToken}&redirect=null`);
  });

  it('R-ID-1: with the embedded simulator the same-device link opens the test BankID app and returns to the portal', async () => {
    const embedded = await TestContext.create({ BANKID_SIMULATOR_ENABLED: 'true' });
    try {
      const browser = embedded.browser();
      await browser.get('/api/auth/session');
      const start = (await browser.post('/api/auth/bankid/start', { audience: 'staff' })).json();
      const launch = new URL(start.launchUrl);
      expect(launch.pathname).toBe('/bankid-sim/app');
      expect(launch.searchParams.get('autostarttoken')).toBe(start.autoStartToken);
      expect(launch.searchParams.get('redirect')).toBe('http://localhost:3000/portal/?signin=resume');
      const page = await browser.get('/bankid-sim/app');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('QR-kodens innehåll');
    } finally {
      await embedded.close();
    }
  });

  it('a user who cancels in the BankID app gets a failed sign-in and no session', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    await ctx.simulator.cancel(start.autoStartToken);
    expect((await browser.post('/api/auth/bankid/collect')).json()).toEqual({ status: 'failed', hintCode: 'userCancel' });
    expect(browser.cookies.has('sid')).toBe(false);
    expect((await browser.post('/api/auth/bankid/collect')).json().error.code).toBe('sign_in_not_found');
  });

  it('a BankID app that cannot start gives startFailed', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    await ctx.simulator.startFailed(start.autoStartToken);
    expect((await browser.post('/api/auth/bankid/collect')).json()).toEqual({ status: 'failed', hintCode: 'startFailed' });
  });

  it('an order nobody answers expires', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    await browser.post('/api/auth/bankid/start', { audience: 'resident' });
    ctx.clock.advance(3 * 60_000 + 1000);
    expect((await browser.post('/api/auth/bankid/collect')).json()).toEqual({ status: 'failed', hintCode: 'expiredTransaction' });
  });

  it('the user can cancel a sign-in in progress', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    await browser.post('/api/auth/bankid/start', { audience: 'resident' });
    expect((await browser.post('/api/auth/bankid/cancel')).statusCode).toBe(204);
    expect((await browser.post('/api/auth/bankid/collect')).statusCode).toBe(404);
  });

  it('a sign-in cannot be collected by another browser than the one that started it', async () => {
    const starter = ctx.browser();
    await starter.get('/api/auth/session');
    const start = (await starter.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    await ctx.simulator.approve(start.autoStartToken, residentId('anna'));
    const thief = ctx.browser();
    await thief.get('/api/auth/session');
    const stolen = await thief.post('/api/auth/bankid/collect');
    expect(stolen.statusCode).toBe(404);
    expect(thief.cookies.has('sid')).toBe(false);
  });

  it('a completed sign-in cannot be replayed into a second session', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const start = (await browser.post('/api/auth/bankid/start', { audience: 'resident' })).json();
    const secret = browser.cookies.get('signin');
    await ctx.simulator.approve(start.autoStartToken, residentId('anna'));
    expect((await browser.post('/api/auth/bankid/collect')).json()).toEqual({ status: 'signed_in' });
    browser.cookies.set('signin', secret!);
    const replay = await browser.post('/api/auth/bankid/collect');
    expect(replay.statusCode).toBe(404);
    expect(replay.json().error.code).toBe('sign_in_not_found');
  });

  it('R-ID-4: a blocked account is refused at sign-in with a plain explanation', async () => {
    const { browser, collect } = await ctx.signIn('resident', residentId('lars'));
    expect(collect.statusCode).toBe(403);
    expect(collect.json().error).toMatchObject({ code: 'account_blocked' });
    expect(collect.json().error.message).toMatch(/blocked/i);
    expect(browser.cookies.has('sid')).toBe(false);
  });

  it('staff sign in with BankID mapped to their HSA-ID; a unit is chosen for them when they have only one', async () => {
    const { browser, collect } = await ctx.signIn('staff', staffPersonalNumber('johan-holm'));
    expect(collect.json()).toEqual({ status: 'signed_in' });
    const me = (await browser.get('/api/staff/me')).json();
    expect(me).toMatchObject({ hsaId: 'SE2321000198-P0002', givenName: 'Johan' });
    expect(me.activeUnitId).toBe(me.units[0].id);
  });

  it('a person who is not staff cannot sign in to the staff portal', async () => {
    const { browser, collect } = await ctx.signIn('staff', residentId('anna'));
    expect(collect.statusCode).toBe(403);
    expect(collect.json().error.code).toBe('not_staff');
    expect(browser.cookies.has('sid')).toBe(false);
  });

  it('sign-in starts are rate limited per client address', async () => {
    const limited = await TestContext.create({ SIGNIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const browser = limited.browser();
      await browser.get('/api/auth/session');
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await browser.post('/api/auth/bankid/start', { audience: 'resident' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const refused = await browser.post('/api/auth/bankid/start', { audience: 'resident' });
      expect(refused.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('the limit holds across server processes: a client spreading its starts over two processes gets no more', async () => {
    const limited = await TestContext.create({ SIGNIN_RATE_LIMIT_PER_MINUTE: '3' });
    const other = await limited.anotherProcess({ postgresBus: false });
    try {
      const here = limited.browser();
      await here.get('/api/auth/session');
      const there = other.browser(here);
      const codes = [];
      for (const browser of [here, there, here, there]) codes.push((await browser.post('/api/auth/bankid/start', { audience: 'resident' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      // A new window opens when the old one has passed.
      await limited.database.db.execute(sql`update rate_limit_windows set window_ends_at = now() - interval '1 second'`);
      expect((await there.post('/api/auth/bankid/start', { audience: 'resident' })).statusCode).toBe(200);
    } finally {
      await other.close();
      await limited.close();
    }
  });

  it('an unknown audience is refused naming the field', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const res = await browser.post('/api/auth/bankid/start', { audience: 'admin' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'audience' });
  });
});

describe('R-ID-2: terms at first sign-in', () => {
  const erik = residentId('erik');

  it('R-ID-2: a first sign-in shows the terms and creates no account yet', async () => {
    const { collect } = await ctx.signIn('resident', erik);
    expect(collect.json()).toEqual({ status: 'needs_terms', givenName: 'Erik', termsVersion: CURRENT_TERMS_VERSION });
    expect(await accountOf(erik)).toBeNull();
  });

  it('R-ID-2: declining the terms creates nothing, and the next sign-in shows the terms again', async () => {
    const { browser } = await ctx.signIn('resident', erik);
    const attemptsBefore = (await ctx.database.db.select().from(signInAttempts)).length;
    expect((await browser.post('/api/auth/terms/decline')).statusCode).toBe(204);
    expect(await accountOf(erik)).toBeNull();
    expect((await ctx.database.db.select().from(signInAttempts)).length).toBe(attemptsBefore - 1);
    expect(browser.cookies.has('sid')).toBe(false);
    expect((await ctx.signIn('resident', erik)).collect.json().status).toBe('needs_terms');
  });

  it('R-ID-2: accepting without both consents is refused naming the field, and writes nothing', async () => {
    const { browser } = await ctx.signIn('resident', erik);
    const res = await browser.post('/api/auth/terms/accept', { termsVersion: CURRENT_TERMS_VERSION, consentNotifications: true, consentEDocuments: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'consentEDocuments' });
    expect(await accountOf(erik)).toBeNull();
  });

  it('R-ID-2: accepting an outdated terms version is refused', async () => {
    const { browser } = await ctx.signIn('resident', erik);
    const res = await browser.post('/api/auth/terms/accept', { termsVersion: '2020-01-01', consentNotifications: true, consentEDocuments: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'terms_version_mismatch', field: 'termsVersion' });
    expect(await accountOf(erik)).toBeNull();
  });

  it('R-ID-2: accepting creates the account with the terms version, time and consents, and signs in', async () => {
    const { browser } = await ctx.signIn('resident', erik);
    const res = await browser.post('/api/auth/terms/accept', { termsVersion: CURRENT_TERMS_VERSION, consentNotifications: true, consentEDocuments: true });
    expect(res.statusCode).toBe(204);
    const account = await accountOf(erik);
    expect(account).toMatchObject({ termsVersion: CURRENT_TERMS_VERSION, consentNotifications: true, consentEDocuments: true });
    expect(account!.termsAcceptedAt.toISOString()).toBe(ctx.clock.now().toISOString());
    expect((await browser.get('/api/me')).json()).toMatchObject({ givenName: 'Erik', termsVersion: CURRENT_TERMS_VERSION });
    const replay = await browser.post('/api/auth/terms/accept', { termsVersion: CURRENT_TERMS_VERSION, consentNotifications: true, consentEDocuments: true });
    expect(replay.statusCode).toBe(404);
    expect((await ctx.signIn('resident', erik)).collect.json()).toEqual({ status: 'signed_in' });
  });
});
