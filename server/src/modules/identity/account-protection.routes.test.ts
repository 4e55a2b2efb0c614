import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WS_CLOSE_PROXY_ENDED, WS_CLOSE_SESSION_ENDED } from '../../../../contracts/realtime.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import { residentId, TEST_START, TestContext } from '../../testing/test-context.ts';
import { openSocket, within } from '../../testing/test-socket.ts';

let ctx: TestContext;
const id = (key: string) => residentDbId(ctx.database.db, key);
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(TEST_START));

describe('R-ID-4/5: staff block an account', () => {
  it('R-ID-4: blocking closes the resident’s WebSocket within 1 s, ends the session, and refuses a reconnect and a new sign-in', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const live = await openSocket(ctx.app, jonas);
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const started = Date.now();
    expect((await maria.post(`/api/staff/residents/${await id('jonas')}/block`, { reason: 'risk_of_coercion' })).statusCode).toBe(204);
    expect(await within(live.closed, 1000)).toBe(WS_CLOSE_SESSION_ENDED);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(live.messages).toContainEqual({ type: 'session_ended', reason: 'blocked' });
    const reconnect = await openSocket(ctx.app, jonas);
    expect(await within(reconnect.closed, 1000)).toBe(WS_CLOSE_SESSION_ENDED);
    expect(reconnect.messages).toEqual([{ type: 'session_ended', reason: 'signed_out' }]);
    expect((await jonas.get('/api/me')).statusCode).toBe(401);
    const again = await ctx.signIn('resident', residentId('jonas'));
    expect(again.collect.json().error.code).toBe('account_blocked');

    const otherUnit = await ctx.staffBrowser('emil-strand', 'Vaccinationsmottagningen Visby');
    expect((await otherUnit.get(`/api/staff/residents/${await id('jonas')}`)).statusCode).toBe(404);
    const overview = (await maria.get(`/api/staff/residents/${await id('jonas')}`)).json();
    expect(overview.account).toMatchObject({ state: 'blocked', blockedReason: 'risk_of_coercion' });

    expect((await maria.post(`/api/staff/residents/${await id('jonas')}/block`, { reason: 'terms_misuse' })).statusCode).toBe(409);
    expect((await maria.post(`/api/staff/residents/${await id('jonas')}/unblock`)).statusCode).toBe(204);
    expect((await ctx.signIn('resident', residentId('jonas'))).collect.json()).toEqual({ status: 'signed_in' });
    expect((await maria.post(`/api/staff/residents/${await id('jonas')}/unblock`)).statusCode).toBe(409);
  });

  it('R-ID-4: blocking a child stops every proxy at once: the guardian’s socket closes and the next request for the child is refused', async () => {
    const anna = await ctx.residentBrowser('anna');
    const elsa = await id('elsa');
    await anna.post('/api/me/acting-for', { residentId: elsa });
    const live = await openSocket(ctx.app, anna);
    const henrik = await ctx.staffBrowser('henrik-höök', 'BUP Gotland');
    expect((await henrik.post(`/api/staff/residents/${elsa}/block`, { reason: 'lvu_child_protection' })).statusCode).toBe(204);
    expect(await within(live.closed, 1000)).toBe(WS_CLOSE_PROXY_ENDED);
    const refused = await anna.get('/api/me/bookings');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('proxy_access_ended');
    expect((await anna.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Oskar']);
    await henrik.post(`/api/staff/residents/${elsa}/unblock`);
  });

  it('R-ID-5: the block needs one of the listed reasons, and only staff with a care role may block', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const bad = await maria.post(`/api/staff/residents/${await id('r4')}/block`, { reason: 'because' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('reason');
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    expect((await per.post(`/api/staff/residents/${await id('r4')}/block`, { reason: 'terms_misuse' })).statusCode).toBe(403);
    const anna = await ctx.residentBrowser('anna');
    expect((await anna.post(`/api/staff/residents/${await id('r4')}/block`, { reason: 'terms_misuse' })).statusCode).toBe(403);
  });

  it('R-PX-1: the scheduled job closes the socket of a guardian whose child turned 13', async () => {
    ctx.clock.set(new Date('2032-09-02T21:50:00Z'));
    const anna = await ctx.residentBrowser('anna');
    await anna.post('/api/me/acting-for', { residentId: await id('elsa') });
    const live = await openSocket(ctx.app, anna);
    expect(await ctx.services.sessions.disconnectExpiredProxies()).toBe(0);
    ctx.clock.set(new Date('2032-09-02T22:00:00Z'));
    expect(await ctx.services.sessions.disconnectExpiredProxies()).toBe(1);
    expect(await within(live.closed, 1000)).toBe(WS_CLOSE_PROXY_ENDED);
  });
});

describe('the live connection', () => {
  it('is opened only from the service’s own pages, and without a session is closed at once (4401) with nothing sent but why', async () => {
    const jonas = await ctx.residentBrowser('r10');
    await expect(openSocket(ctx.app, jonas, 'https://evil.example')).rejects.toThrow();
    const anonymous = await openSocket(ctx.app, ctx.browser());
    expect(await within(anonymous.closed, 1000)).toBe(WS_CLOSE_SESSION_ENDED);
    expect(anonymous.messages).toEqual([{ type: 'session_ended', reason: 'signed_out' }]);
    const live = await openSocket(ctx.app, jonas);
    await vi.waitFor(() => expect(live.messages[0]).toMatchObject({ type: 'hello' }), { timeout: 1000 });
    live.socket.close();
  });
});

describe('R-ID-6: the resident unregisters', () => {
  it('R-ID-6: unregistering without a block deletes the account; the next sign-in shows the terms again', async () => {
    const r7 = await ctx.residentBrowser('r7');
    const missing = await r7.post('/api/me/unregister', { block: false });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('confirmed');
    expect((await r7.post('/api/me/unregister', { block: false, confirmed: true })).statusCode).toBe(204);
    expect((await r7.get('/api/me')).statusCode).toBe(401);
    expect((await ctx.signIn('resident', residentId('r7'))).collect.json().status).toBe('needs_terms');
  });

  it('R-ID-6: unregistering with a block deletes the account and refuses every later sign-in until care lifts it', async () => {
    const lina = await ctx.residentBrowser('lina');
    const live = await openSocket(ctx.app, lina);
    expect((await lina.post('/api/me/unregister', { block: true, confirmed: true })).statusCode).toBe(204);
    expect(await within(live.closed, 1000)).toBe(WS_CLOSE_SESSION_ENDED);
    expect((await ctx.signIn('resident', residentId('lina'))).collect.json().error.code).toBe('account_blocked');
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const overview = (await ahmed.get(`/api/staff/residents/${await id('lina')}`)).json();
    expect(overview.account).toMatchObject({ state: 'blocked', blockedReason: 'resident_request' });
    expect(overview.account.termsAcceptedAt).toBeNull();
    expect((await ahmed.post(`/api/staff/residents/${await id('lina')}/unblock`)).statusCode).toBe(204);
    expect((await ctx.signIn('resident', residentId('lina'))).collect.json().status).toBe('needs_terms');
  });

  it('R-ID-6: a proxy cannot unregister the person they act for', async () => {
    const anna = await ctx.residentBrowser('anna');
    await anna.post('/api/me/acting-for', { residentId: await id('oskar') });
    expect((await anna.post('/api/me/unregister', { block: true, confirmed: true })).statusCode).toBe(403);
  });
});
