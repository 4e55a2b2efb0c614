import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { type Frame, frame, openSocket, type OpenSocket } from '../../testing/test-socket.ts';

// LISTEN/NOTIFY exists on a PostgreSQL server only; the embedded database serves one process.
describe.runIf(process.env.DATABASE_URL)('R-MS (several server processes on one PostgreSQL): each delivers to the other’s clients', () => {
  let ctx: TestContext;
  let other: Awaited<ReturnType<TestContext['anotherProcess']>>;
  let jonas: TestBrowser;
  let johanElsewhere: TestBrowser;
  beforeAll(async () => {
    ctx = await TestContext.create({}, undefined, { postgresBus: true });
    other = await ctx.anotherProcess();
    jonas = await ctx.residentBrowser('jonas');
    johanElsewhere = other.browser(await ctx.staffBrowser('johan-holm', 'Visby vårdcentral'));
  });
  afterAll(async () => {
    await other?.close();
    await ctx?.close();
  });

  it('a message committed through one process reaches a follower on the other, with typing and the inbox signal', async () => {
    const units = (await jonas.get('/api/me/chat/start-options')).json().units as { unitId: string; unitName: string }[];
    const visby = units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
    const staff = await openSocket(other.app, johanElsewhere);
    const { conversationId } = (await jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej!', clientId: randomUUID() })).json();
    await frame(staff, (f) => f.type === 'inbox_changed');
    const resident = await openSocket(ctx.app, jonas);
    staff.socket.send(JSON.stringify({ type: 'subscribe', conversationId, afterSeq: 0 }));
    resident.socket.send(JSON.stringify({ type: 'subscribe', conversationId, afterSeq: 0 }));
    await frame(staff, (f) => f.type === 'subscribed');
    await frame(resident, (f) => f.type === 'subscribed');

    await jonas.post(`/api/me/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Via process A' });
    expect(await frame(staff, (f) => f.type === 'message' && (f.message as { body: string }).body === 'Via process A')).toMatchObject({ message: { seq: 3, author: 'resident' } });
    staff.socket.send(JSON.stringify({ type: 'send', conversationId, clientId: randomUUID(), body: 'Intern anteckning', kind: 'note' }));
    staff.socket.send(JSON.stringify({ type: 'send', conversationId, clientId: randomUUID(), body: 'Svar via process B' }));
    expect(await frame(resident, (f) => f.type === 'message' && (f.message as { body: string }).body === 'Svar via process B')).toMatchObject({ message: { seq: 5, authorName: 'Johan Holm' } });
    resident.socket.send(JSON.stringify({ type: 'typing', conversationId }));
    await frame(staff, (f) => f.type === 'typing' && f.by === 'resident');
    const residentSeqs = (resident.messages as Frame[]).filter((f) => f.type === 'message').map((f) => (f.message as { seq: number }).seq);
    expect(residentSeqs).toEqual([1, 2, 3, 5]);
    expect(JSON.stringify(resident.messages)).not.toContain('Intern anteckning');
    staff.socket.close();
    resident.socket.close();
  });

  it('messages to the same conversations through both processes at once are all stored, none refused by a deadlock', async () => {
    const CONVERSATIONS = 60;
    const ROUNDS = 5;
    const units = (await jonas.get('/api/me/chat/start-options')).json().units as { unitId: string; unitName: string }[];
    const visby = units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
    const started = await Promise.all(
      Array.from({ length: CONVERSATIONS }, () => jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej!', clientId: randomUUID() })),
    );
    const ids = started.map((r) => r.json().conversationId as string);
    // Each process puts the messages it gets at the same moment in one statement: here in opposite orders.
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all([
        ...ids.map((id) => jonas.post(`/api/me/conversations/${id}/messages`, { clientId: randomUUID(), body: `Fråga ${round}` })),
        ...[...ids].reverse().map((id) => johanElsewhere.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: `Svar ${round}` })),
      ]);
      expect(answers.map((r) => r.statusCode)).toEqual(answers.map(() => 201));
    }
    for (const id of ids) {
      const seqs = (await jonas.get(`/api/me/conversations/${id}`)).json().messages.map((m: { seq: number }) => m.seq);
      expect(seqs).toEqual(Array.from({ length: 2 + 2 * ROUNDS }, (_, i) => i + 1));
    }
  });
});
