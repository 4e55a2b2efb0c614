import { count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../db/schema/index.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let jonas: TestBrowser;
let visby: string;
beforeAll(async () => {
  ctx = await TestContext.create();
  jonas = await ctx.residentBrowser('jonas');
  const options = (await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] };
  visby = options.units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
});
afterAll(async () => ctx?.close());

const advice = { area: 'skin', duration: 'days', emergency: 'no' };
const start = (browser: TestBrowser, body: Record<string, unknown>) =>
  browser.post('/api/me/conversations', { unitId: visby, errand: 'advice', mode: 'async', answers: advice, bookingId: null, message: 'Jag har fått utslag på armen.', clientId: randomUUID(), ...body });
const rowCounts = async () => ({
  conversations: (await ctx.database.db.select({ n: count() }).from(conversations))[0]!.n,
  messages: (await ctx.database.db.select({ n: count() }).from(messages))[0]!.n,
});

describe('R-MS-4: a resident starts a chat by unit and errand, answering its questions first', () => {
  it('R-MS-4: the answers open the conversation as a structured block, then the message; staff see it in the inbox', async () => {
    const res = await start(jonas, {});
    expect(res.statusCode, res.body).toBe(201);
    const { conversationId } = res.json();
    const view = (await jonas.get(`/api/me/conversations/${conversationId}`)).json();
    expect(view.conversation).toMatchObject({ unitName: 'Visby vårdcentral', errand: 'advice', mode: 'async', status: 'open', canWrite: true });
    expect(view.messages.map((m: { kind: string }) => m.kind)).toEqual(['triage', 'text']);
    expect(view.messages[0].triage.map((t: { question: { sv: string } }) => t.question.sv)).toEqual([
      'Har du svårt att andas, tryck över bröstet eller plötslig förlamning?',
      'Vad gäller det?',
      'Hur länge har du haft besvären?',
    ]);
    expect(view.messages[0].triage[1].answer).toEqual([{ sv: 'Hud, utslag eller sår', en: 'Skin, rash or wounds' }]);
    const staff = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const inbox = (await staff.get('/api/staff/inbox?view=new')).json();
    expect(inbox.conversations.find((c: { id: string }) => c.id === conversationId)).toMatchObject({ resident: { name: 'Jonas Weber' }, errand: 'advice', awaiting: 'care', holder: null, unread: 1, queue: 'nurse' });
  });

  it('R-MS-4: an answer that stops the errand refuses the chat with the advice, and nothing is written', async () => {
    const before = await rowCounts();
    const check = (await jonas.post('/api/me/chat/triage', { unitId: visby, errand: 'advice', answers: { ...advice, emergency: 'yes' } })).json();
    expect(check).toMatchObject({ result: 'stop', questionId: 'emergency', advice: { sv: expect.stringContaining('112') } });
    const res = await start(jonas, { answers: { ...advice, emergency: 'yes' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'triage_stopped', field: 'answers.emergency' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    expect((await start(jonas, { message: '   ' })).json().error).toMatchObject({ code: 'validation_failed', field: 'message' });
    expect((await start(jonas, { message: 'x'.repeat(4001) })).json().error.field).toBe('message');
    expect((await start(jonas, { answers: { area: 'skin' } })).json().error.field).toBe('answers.emergency');
    expect((await start(jonas, { errand: 'vaccination' })).json().error.field).toBe('errand');
    const unknownErrand = await start(jonas, { errand: 'other' });
    expect(unknownErrand.statusCode).toBe(409);
    expect(unknownErrand.json().error).toMatchObject({ code: 'errand_not_offered', field: 'errand' });
    expect((await start(jonas, { unitId: randomUUID() })).statusCode).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it('R-MS-10: a health centre where the resident is not listed is neither offered nor accepted', async () => {
    const options = (await jonas.get('/api/me/chat/start-options')).json() as { units: { unitName: string }[] };
    expect(options.units.map((u) => u.unitName)).not.toContain('Hemse vårdcentral');
    const staff = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const hemse = ((await staff.get('/api/staff/me')).json() as { activeUnitId: string }).activeUnitId;
    const res = await start(jonas, { unitId: hemse });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('not_listed_here');
  });

  it('a start repeated with the same client id opens one conversation', async () => {
    const clientId = randomUUID();
    const first = await start(jonas, { clientId });
    const again = await start(jonas, { clientId });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().conversationId).toBe(first.json().conversationId);
  });
});

describe('R-BK-7: cancel or rebook through a message', () => {
  it('R-BK-7: the request names one of the resident’s own coming bookings at the unit', async () => {
    const bookings = (await jonas.get('/api/me/bookings')).json().upcoming as { id: string; unit: { name: string } }[];
    const atVisby = bookings.find((b) => b.unit.name === 'Visby vårdcentral')!;
    expect((await start(jonas, { errand: 'booking_change', answers: { change: 'move' } })).json().error.field).toBe('bookingId');
    const anna = await ctx.residentBrowser('anna');
    const annas = (await anna.get('/api/me/bookings')).json().upcoming[0].id as string;
    const foreign = await start(jonas, { errand: 'booking_change', answers: { change: 'move' }, bookingId: annas });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.field).toBe('bookingId');
    const res = await start(jonas, { errand: 'booking_change', answers: { change: 'move' }, bookingId: atVisby.id, message: 'Kan jag få en tid på eftermiddagen i stället?' });
    expect(res.statusCode, res.body).toBe(201);
    const view = (await jonas.get(`/api/me/conversations/${res.json().conversationId}`)).json();
    expect(view.messages.map((m: { kind: string }) => m.kind)).toEqual(['triage', 'event', 'text']);
    expect(view.messages[1].event).toEqual({ type: 'booking_change', bookingId: atVisby.id });
    const staff = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const row = (await staff.get(`/api/staff/conversations/${res.json().conversationId}`)).json();
    expect(row.conversation).toMatchObject({ bookingId: atVisby.id, queue: 'medical_secretary' });
  });
});

describe('R-MS-1, R-MS-6: staff start, take, hand over and close', () => {
  it('R-MS-1: staff start a conversation with a resident; the resident replies; staff close it; the resident can no longer write', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const jonasId = await residentDbId(ctx.database.db, 'jonas');
    const started = await maria.post(`/api/staff/residents/${jonasId}/conversations`, { message: 'Hej Jonas, dina provsvar är klara. Hur mår du?', clientId: randomUUID() });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().conversationId as string;
    const mine = (await jonas.get('/api/me/conversations')).json().conversations.find((c: { id: string }) => c.id === id);
    expect(mine).toMatchObject({ startedBy: 'care', unread: 1, canWrite: true });
    const reply = await jonas.post(`/api/me/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Tack, jag mår bra!' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().message).toMatchObject({ author: 'resident', body: 'Tack, jag mår bra!', seq: 2 });
    expect((await maria.post(`/api/staff/conversations/${id}/close`)).statusCode).toBe(204);
    const late = await jonas.post(`/api/me/conversations/${id}/messages`, { clientId: randomUUID(), body: 'En sak till' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('conversation_closed');
    const after = (await jonas.get(`/api/me/conversations/${id}`)).json();
    expect(after.conversation).toMatchObject({ status: 'closed', canWrite: false, evaluationPending: true });
    expect(after.messages.at(-1).event).toEqual({ type: 'closed' });
  });

  it('R-MS-6: a hand-over to a colleague carries an internal note the resident never sees', async () => {
    const { conversationId } = (await start(jonas, {})).json();
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    expect((await johan.post(`/api/staff/conversations/${conversationId}/take`)).statusCode).toBe(204);
    const colleagues = (await johan.get('/api/staff/colleagues')).json().colleagues as { staffId: string; name: string }[];
    const mariaId = colleagues.find((c) => c.name === 'Maria Ek')!.staffId;
    const stolen = await maria.post(`/api/staff/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Hej!' });
    expect(stolen.json().error.code).toBe('held_by_colleague');
    expect((await johan.post(`/api/staff/conversations/${conversationId}/hand-over`, { staffId: mariaId, note: 'Utslaget behöver läkarbedömning, se bild.' })).statusCode).toBe(204);
    const reply = await maria.post(`/api/staff/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Hej Jonas, skicka gärna en bild på utslaget.' });
    expect(reply.statusCode, reply.body).toBe(201);
    const residentView = (await jonas.get(`/api/me/conversations/${conversationId}`)).json();
    expect(residentView.messages.some((m: { kind: string }) => m.kind === 'note')).toBe(false);
    expect(JSON.stringify(residentView)).not.toContain('läkarbedömning');
    const staffView = (await maria.get(`/api/staff/conversations/${conversationId}`)).json();
    expect(staffView.messages.find((m: { kind: string }) => m.kind === 'note')).toMatchObject({ body: 'Utslaget behöver läkarbedömning, se bild.', authorName: 'Johan Holm' });
    expect(staffView.conversation.holder).toMatchObject({ name: 'Maria Ek' });
  });

  it('a resident cannot read or write in someone else’s conversation, nor staff of another unit', async () => {
    const { conversationId } = (await start(jonas, {})).json();
    const anna = await ctx.residentBrowser('anna');
    expect((await anna.get(`/api/me/conversations/${conversationId}`)).statusCode).toBe(404);
    expect((await anna.post(`/api/me/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'hej' })).statusCode).toBe(404);
    const hemse = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    expect((await hemse.get(`/api/staff/conversations/${conversationId}`)).statusCode).toBe(404);
    expect((await hemse.post(`/api/staff/conversations/${conversationId}/take`)).statusCode).toBe(404);
  });

  it('a read mark or resume point past what a conversation can number is refused naming the field, not passed to the database', async () => {
    const { conversationId } = (await start(jonas, {})).json();
    const read = await jonas.post(`/api/me/conversations/${conversationId}/read`, { seq: 2 ** 31 });
    expect(read.statusCode).toBe(400);
    expect(read.json().error.field).toBe('seq');
    const resume = await jonas.get(`/api/me/conversations/${conversationId}?afterSeq=${2 ** 53}`);
    expect(resume.statusCode).toBe(400);
    expect(resume.json().error.field).toBe('afterSeq');
  });

  it('a message repeated with the same client id is stored once and answered with the same message', async () => {
    const { conversationId } = (await start(jonas, {})).json();
    const clientId = randomUUID();
    const first = await jonas.post(`/api/me/conversations/${conversationId}/messages`, { clientId, body: 'Samma meddelande' });
    const again = await jonas.post(`/api/me/conversations/${conversationId}/messages`, { clientId, body: 'Samma meddelande' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().message.id).toBe(first.json().message.id);
    const stored = await ctx.database.db.select({ n: count() }).from(messages).where(eq(messages.clientId, clientId));
    expect(stored[0]!.n).toBe(1);
  });
});

describe('messages sent at the same moment (on PostgreSQL they share one statement)', () => {
  it('each is stored once, numbered in order without gaps, a repeat answered with its message, a refusal refused', async () => {
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const [a, b, held] = (await Promise.all([start(jonas, {}), start(jonas, {}), start(jonas, {})])).map((r) => r.json().conversationId as string) as [string, string, string];
    expect((await johan.post(`/api/staff/conversations/${held}/take`)).statusCode).toBe(204);
    const repeated = randomUUID();
    const send = (browser: TestBrowser, side: 'me' | 'staff', id: string, body: string, clientId = randomUUID()) => browser.post(`/api/${side}/conversations/${id}/messages`, { clientId, body });
    const answers = await Promise.all([
      send(jonas, 'me', a, 'ett'),
      send(jonas, 'me', a, 'två'),
      send(jonas, 'me', a, 'tre', repeated),
      send(jonas, 'me', a, 'tre', repeated),
      send(maria, 'staff', b, 'Hej Jonas!'),
      send(maria, 'staff', held, 'Jag tar den här'),
      send(jonas, 'me', held, 'Hallå?'),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 201, 201, 201, 201, 201, 409]);
    expect(answers[5]!.json().error.code).toBe('held_by_colleague');
    expect(answers[3]!.json().message.id).toBe(answers[2]!.json().message.id);
    const seqs = (await jonas.get(`/api/me/conversations/${a}`)).json().messages.map((m: { seq: number; body: string }) => `${m.seq}:${m.body}`);
    expect(seqs).toHaveLength(5);
    expect(seqs.slice(0, 2)).toEqual(['1:', '2:Jag har fått utslag på armen.']);
    expect(seqs.slice(2).map((x: string) => x.split(':')[0])).toEqual(['3', '4', '5']);
    expect(seqs.slice(2).map((x: string) => x.split(':')[1]).sort()).toEqual(['ett', 'tre', 'två']);
    const staffView = (await maria.get(`/api/staff/conversations/${b}`)).json();
    expect(staffView.conversation).toMatchObject({ holder: { name: 'Maria Ek' }, awaiting: 'resident' });
    const heldView = (await johan.get(`/api/staff/conversations/${held}`)).json();
    expect(heldView.conversation).toMatchObject({ holder: { name: 'Johan Holm' }, awaiting: 'care' });
    expect(heldView.messages.map((m: { body: string }) => m.body)).toContain('Hallå?');
  });
});

describe('R-MS-5: live and asynchronous chat', () => {
  it('R-MS-5: live chat outside opening hours is refused; asynchronous is taken at any time', async () => {
    // The demo opens live chat 10–14 at weekends; the clock moves on to Sunday evening, last in this file.
    ctx.clock.set(new Date('2026-11-22T19:00:00Z'));
    const resident = await ctx.residentBrowser('jonas');
    const closed = await start(resident, { mode: 'live' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({ code: 'live_chat_closed', field: 'mode' });
    expect((await start(resident, { mode: 'async' })).statusCode).toBe(201);
  });
});
