import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { type Frame, frame, openSocket, type OpenSocket, within } from '../../testing/test-socket.ts';

let ctx: TestContext;
let jonas: TestBrowser;
let johan: TestBrowser;
let visby: string;
beforeAll(async () => {
  ctx = await TestContext.create();
  jonas = await ctx.residentBrowser('jonas');
  johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
  visby = ((await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] }).units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
});
afterAll(async () => ctx?.close());

const startChat = async () =>
  (await jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej, jag behöver ett intyg.', clientId: randomUUID() })).json().conversationId as string;
const send = (s: OpenSocket, frame: object) => s.socket.send(JSON.stringify(frame));
const messagesOf = (s: OpenSocket, conversationId: string) =>
  (s.messages as Frame[]).filter((f) => f.type === 'message' && f.conversationId === conversationId).map((f) => f.message as { seq: number; body: string; kind: string });

describe('R-MS (realtime): one socket per tab carries messages, acknowledgements, typing and reads', () => {
  it('a follower gets what was committed after its last sequence number, then live messages, each once and in order', async () => {
    const id = await startChat();
    await jonas.post(`/api/me/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Nummer tre' });
    const staff = await openSocket(ctx.app, johan);
    send(staff, { type: 'subscribe', conversationId: id, afterSeq: 1 });
    expect(await frame(staff, (f) => f.type === 'subscribed' && f.conversationId === id)).toMatchObject({ lastSeq: 3 });
    expect(messagesOf(staff, id).map((m) => m.seq)).toEqual([2, 3]);

    const resident = await openSocket(ctx.app, jonas);
    send(resident, { type: 'subscribe', conversationId: id, afterSeq: 3 });
    await frame(resident, (f) => f.type === 'subscribed');
    const clientId = randomUUID();
    send(staff, { type: 'send', conversationId: id, clientId, body: 'Hej Jonas, intyget är på väg.' });
    const ack = await frame(staff, (f) => f.type === 'ack' && f.clientId === clientId);
    expect(ack).toMatchObject({ conversationId: id, seq: 4 });
    await frame(resident, (f) => f.type === 'message' && (f.message as { seq: number }).seq === 4);
    // A retry with the same client id is acknowledged with the same message, not stored again.
    send(staff, { type: 'send', conversationId: id, clientId, body: 'Hej Jonas, intyget är på väg.' });
    await frame(staff, (f) => f.type === 'ack' && f.clientId === clientId && f !== ack);
    await new Promise((r) => setTimeout(r, 100));
    expect(messagesOf(resident, id).map((m) => m.seq)).toEqual([4]);
    expect((await jonas.get(`/api/me/conversations/${id}`)).json().messages.filter((m: { clientId: string }) => m.clientId === clientId)).toHaveLength(1);
    staff.socket.close();
    resident.socket.close();
  });

  it('a message delivered live is timed in chat_delivery_seconds, for the operations dashboard', async () => {
    const deliveries = async () => Number((await ctx.browser().get('/metrics')).body.match(/^chat_delivery_seconds_count (\d+)/m)?.[1]);
    const before = await deliveries();
    const id = await startChat();
    const resident = await openSocket(ctx.app, jonas);
    send(resident, { type: 'subscribe', conversationId: id, afterSeq: 1 });
    await frame(resident, (f) => f.type === 'subscribed');
    expect((await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Hej Jonas!' })).statusCode).toBe(201);
    await frame(resident, (f) => f.type === 'message' && f.conversationId === id);
    expect(await deliveries()).toBe(before + 1);
    resident.socket.close();
  });

  it('R-MS-6: internal notes reach staff followers and never the resident', async () => {
    const id = await startChat();
    const staff = await openSocket(ctx.app, johan);
    const resident = await openSocket(ctx.app, jonas);
    send(staff, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    send(resident, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    await frame(staff, (f) => f.type === 'subscribed');
    await frame(resident, (f) => f.type === 'subscribed');
    send(staff, { type: 'send', conversationId: id, clientId: randomUUID(), body: 'Intern: kolla journalen först', kind: 'note' });
    send(staff, { type: 'send', conversationId: id, clientId: randomUUID(), body: 'Vi återkommer i dag.' });
    await frame(resident, (f) => f.type === 'message' && (f.message as { body: string }).body === 'Vi återkommer i dag.');
    await frame(staff, (f) => f.type === 'message' && (f.message as { body: string }).body === 'Vi återkommer i dag.');
    expect(messagesOf(staff, id).map((m) => m.kind)).toEqual(['triage', 'text', 'note', 'text']);
    expect(messagesOf(resident, id).map((m) => m.kind)).toEqual(['triage', 'text', 'text']);
    expect(JSON.stringify(resident.messages)).not.toContain('journalen');
    // A resident who resumes after the note gets the reply and still not the note.
    const later = await openSocket(ctx.app, jonas);
    send(later, { type: 'subscribe', conversationId: id, afterSeq: 2 });
    await frame(later, (f) => f.type === 'subscribed');
    expect(messagesOf(later, id).map((m) => m.body)).toEqual(['Vi återkommer i dag.']);
    for (const s of [staff, resident, later]) s.socket.close();
  });

  it('typing and read receipts reach the other side only', async () => {
    const id = await startChat();
    const staff = await openSocket(ctx.app, johan);
    const resident = await openSocket(ctx.app, jonas);
    send(staff, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    send(resident, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    await frame(staff, (f) => f.type === 'subscribed');
    await frame(resident, (f) => f.type === 'subscribed');
    send(resident, { type: 'typing', conversationId: id });
    expect(await frame(staff, (f) => f.type === 'typing')).toMatchObject({ conversationId: id, by: 'resident' });
    send(staff, { type: 'read', conversationId: id, seq: 2 });
    expect(await frame(resident, (f) => f.type === 'read')).toMatchObject({ conversationId: id, by: 'care', seq: 2 });
    expect((resident.messages as Frame[]).some((f) => f.type === 'typing')).toBe(false);
    for (const s of [staff, resident]) s.socket.close();
  });

  it('refusals come back as nacks naming the client id, and the socket stays open', async () => {
    const id = await startChat();
    const anna = await openSocket(ctx.app, await ctx.residentBrowser('anna'));
    const clientId = randomUUID();
    send(anna, { type: 'send', conversationId: id, clientId, body: 'Inte mitt samtal' });
    expect(await frame(anna, (f) => f.type === 'nack' && f.clientId === clientId)).toMatchObject({ code: 'not_found' });
    send(anna, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    expect(await frame(anna, (f) => f.type === 'nack' && f.code === 'not_found' && f.clientId === null)).toBeTruthy();
    const empty = randomUUID();
    send(anna, { type: 'send', conversationId: id, clientId: empty, body: '   ' });
    expect(await frame(anna, (f) => f.type === 'nack' && f.clientId === empty)).toMatchObject({ code: 'validation_failed', field: 'body' });
    anna.socket.send('not json');
    await frame(anna, (f) => f.type === 'nack' && f.message === 'Messages are JSON');
    send(anna, { type: 'ping' });
    await frame(anna, (f) => f.type === 'pong');
    expect(messagesOf(anna, id)).toEqual([]);
    anna.socket.close();
  });

  it('a resident note is refused and staff of another unit cannot follow', async () => {
    const id = await startChat();
    const resident = await openSocket(ctx.app, jonas);
    const clientId = randomUUID();
    send(resident, { type: 'send', conversationId: id, clientId, body: 'hemligt', kind: 'note' });
    expect(await frame(resident, (f) => f.type === 'nack' && f.clientId === clientId)).toMatchObject({ code: 'validation_failed', field: 'kind' });
    const hemse = await openSocket(ctx.app, await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral'));
    send(hemse, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    await frame(hemse, (f) => f.type === 'nack' && f.code === 'not_found');
    expect(messagesOf(hemse, id)).toEqual([]);
    for (const s of [resident, hemse]) s.socket.close();
  });

  it('staff of the unit hear that the inbox changed when a resident writes', async () => {
    const staff = await openSocket(ctx.app, johan);
    await startChat();
    await frame(staff, (f) => f.type === 'inbox_changed', 2000);
    staff.socket.close();
  });

  it('R-MS-12: a message in a conversation a colleague holds signals only the holder and the inbox lists on screen', async () => {
    const id = await startChat();
    expect((await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Jag tar det här.' })).statusCode).toBe(201);
    // Taking it was a change for the whole unit; let that signal go out before anyone listens.
    await new Promise((r) => setTimeout(r, 500));
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const holder = await openSocket(ctx.app, johan);
    const colleague = await openSocket(ctx.app, maria);
    const inboxOnScreen = await openSocket(ctx.app, maria);
    send(inboxOnScreen, { type: 'watch_inbox', on: true });
    send(inboxOnScreen, { type: 'ping' });
    await frame(inboxOnScreen, (f) => f.type === 'pong');

    await jonas.post(`/api/me/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Tack!' });
    const first = await frame(holder, (f) => f.type === 'inbox_changed', 2000);
    await frame(inboxOnScreen, (f) => f.type === 'inbox_changed', 2000);
    // Johan answers again in the conversation he already holds: again only he and the list hear of it.
    expect((await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Varsågod.' })).statusCode).toBe(201);
    await frame(holder, (f) => f.type === 'inbox_changed' && f !== first, 2000);
    await frame(inboxOnScreen, (f) => f.type === 'inbox_changed' && (inboxOnScreen.messages as Frame[]).filter((m) => m.type === 'inbox_changed').length === 2, 2000);
    expect((colleague.messages as Frame[]).filter((f) => f.type === 'inbox_changed')).toEqual([]);
    for (const s of [holder, colleague, inboxOnScreen]) s.socket.close();
  });

  it('R-MS-12: the first reply, which takes a conversation from the unit’s queue, signals every colleague; residents cannot watch an inbox', async () => {
    const id = await startChat();
    await new Promise((r) => setTimeout(r, 500));
    const colleague = await openSocket(ctx.app, await ctx.staffBrowser('maria-ek', 'Visby vårdcentral'));
    expect((await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Jag tar det här.' })).statusCode).toBe(201);
    await frame(colleague, (f) => f.type === 'inbox_changed', 2000);
    const resident = await openSocket(ctx.app, jonas);
    send(resident, { type: 'watch_inbox', on: true });
    expect(await frame(resident, (f) => f.type === 'nack')).toMatchObject({ code: 'role_not_permitted' });
    for (const s of [colleague, resident]) s.socket.close();
  });

  it('a socket opened with a session that timed out while the tab was away closes at once with 4401 and says it expired', async () => {
    const lina = await ctx.residentBrowser('lina');
    const now = ctx.clock.now();
    ctx.clock.advance(31 * 60_000);
    const expired = await openSocket(ctx.app, lina);
    ctx.clock.set(now);
    expect(await within(expired.closed, 2_000)).toBe(4401);
    expect(expired.messages).toEqual([{ type: 'session_ended', reason: 'expired' }]);
  });

  it('activity on the socket keeps the session alive; an idle session’s socket is closed within a minute (last: moves the clock)', async () => {
    const id = await startChat();
    const resident = await openSocket(ctx.app, jonas);
    const idle = await openSocket(ctx.app, await ctx.residentBrowser('anna'));
    send(resident, { type: 'subscribe', conversationId: id, afterSeq: 0 });
    await frame(resident, (f) => f.type === 'subscribed');
    for (let minute = 0; minute < 40; minute += 5) {
      ctx.clock.advance(5 * 60_000);
      send(resident, { type: 'read', conversationId: id, seq: 1 });
      await frame(resident, (f) => f.type === 'read' && (resident.messages as Frame[]).filter((x) => x.type === 'read').length > minute / 5);
    }
    expect(await ctx.services.sessions.disconnectIdle()).toBeGreaterThanOrEqual(1);
    expect(await idle.closed).toBe(4401);
    expect(resident.socket.readyState).toBe(resident.socket.OPEN);
    expect((await jonas.get('/api/me/conversations')).statusCode).toBe(200);
    resident.socket.close();
  });
});
