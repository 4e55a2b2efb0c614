import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { type Frame, frame, openSocket, type OpenSocket } from '../../testing/test-socket.ts';
import { johanStartsAnnasMeeting } from '../../testing/video-fixtures.ts';

const offer = { description: { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' } };
const state = (f: Frame) => f.meeting as { you: { id: string; state: string }; participants: { id: string; present: boolean }[]; topology: string };

/** Anna enters, Johan admits her; both are connected, each with their own participant id. */
async function bothIn(ctx: TestContext, johan: TestBrowser, meetingId: string, annaApp = ctx.app, anna?: TestBrowser) {
  const staff = await openSocket(ctx.app, johan);
  staff.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
  const johanId = state(await frame(staff, (f) => f.type === 'video_state')).you.id;
  const resident = await openSocket(annaApp, anna ?? (await ctx.residentBrowser('anna')));
  resident.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
  const annaId = state(await frame(resident, (f) => f.type === 'video_state')).you.id;
  await johan.post(`/api/staff/video-meetings/${meetingId}/participants/${annaId}/admit`);
  await frame(resident, (f) => f.type === 'video_state' && state(f).you.state === 'admitted');
  await frame(staff, (f) => f.type === 'video_state' && state(f).participants.filter((p) => p.present).length === 2);
  return { staff, resident, johanId, annaId };
}

const close = (...sockets: OpenSocket[]) => sockets.forEach((s) => s.socket.close());

describe('R-VM-4: WebRTC signalling over the WebSocket', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create();
  });
  afterAll(async () => ctx?.close());

  it('an offer and candidates go from one admitted participant to the other, in order, named by sender', async () => {
    const { johan, meetingId } = await johanStartsAnnasMeeting(ctx);
    const { staff, resident, johanId, annaId } = await bothIn(ctx, johan, meetingId);
    resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: johanId, payload: offer }));
    for (let i = 0; i < 5; i++) resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: johanId, payload: { candidate: { candidate: `candidate:${i} 1 udp 1 127.0.0.1 ${5000 + i} typ host`, sdpMid: '0', sdpMLineIndex: 0 } } }));
    await frame(staff, (f) => f.type === 'video_signal' && JSON.stringify(f).includes('5004'));
    const signals = (staff.messages as Frame[]).filter((f) => f.type === 'video_signal');
    expect(signals.map((s) => s.from)).toEqual(Array(6).fill(annaId));
    expect(signals[0]).toMatchObject({ payload: offer });
    expect(signals.slice(1).map((s) => JSON.stringify(s.payload).match(/50\d\d/)?.[0])).toEqual(['5000', '5001', '5002', '5003', '5004']);
    close(staff, resident);
  });

  it('a dropped connection leaves the participant admitted and shown as away; coming back, they are in at once', async () => {
    const { johan, meetingId } = await johanStartsAnnasMeeting(ctx);
    const anna = await ctx.residentBrowser('anna');
    const { staff, resident, annaId } = await bothIn(ctx, johan, meetingId, ctx.app, anna);
    // A network drop: the connection is gone without a closing handshake.
    resident.socket.terminate();
    await frame(staff, (f) => f.type === 'video_state' && state(f).participants.some((p) => p.id === annaId && !p.present));
    const back = await openSocket(ctx.app, anna);
    back.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    expect(state(await frame(back, (f) => f.type === 'video_state')).you).toMatchObject({ id: annaId, state: 'admitted' });
    close(staff, back);
  });

  it('signals to someone not in the meeting, and malformed signals, are refused with a nack', async () => {
    const { johan, meetingId } = await johanStartsAnnasMeeting(ctx);
    const { staff, resident } = await bothIn(ctx, johan, meetingId);
    resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: '00000000-0000-4000-8000-000000000000', payload: offer }));
    expect(await frame(resident, (f) => f.type === 'nack')).toMatchObject({ code: 'not_in_meeting', field: 'to' });
    resident.messages.length = 0;
    resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: 'everyone', payload: offer }));
    expect(await frame(resident, (f) => f.type === 'nack')).toMatchObject({ code: 'validation_failed' });
    // Without an SFU room (two people meet peer to peer) nothing can be published to one.
    resident.messages.length = 0;
    resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: 'sfu', payload: offer }));
    expect(await frame(resident, (f) => f.type === 'nack')).toBeTruthy();
    close(staff, resident);
  });

  it('R-VM-1: staff mute someone, who is told; the chat reaches everyone in the meeting and is kept', async () => {
    const { johan, meetingId } = await johanStartsAnnasMeeting(ctx);
    const { staff, resident, annaId } = await bothIn(ctx, johan, meetingId);
    expect((await johan.post(`/api/staff/video-meetings/${meetingId}/participants/${annaId}/mute`)).statusCode).toBe(204);
    await frame(resident, (f) => f.type === 'video_muted');
    const clientId = crypto.randomUUID();
    resident.socket.send(JSON.stringify({ type: 'video_chat', meetingId, clientId, body: '<b>Hej</b>' }));
    expect(await frame(staff, (f) => f.type === 'video_chat' && JSON.stringify(f).includes(clientId))).toMatchObject({ messages: [{ body: '<b>Hej</b>', name: 'Anna Lindqvist' }] });
    resident.socket.send(JSON.stringify({ type: 'video_chat', meetingId, clientId, body: '<b>Hej</b>' }));
    const again = await openSocket(ctx.app, johan);
    again.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    const history = await frame(again, (f) => f.type === 'video_chat');
    expect((history.messages as { clientId: string }[]).filter((m) => m.clientId === clientId)).toHaveLength(1);
    close(staff, resident, again);
  });
});

// LISTEN/NOTIFY exists on a PostgreSQL server only; the embedded database serves one process.
describe.runIf(process.env.DATABASE_URL)('R-VM (several server processes on one PostgreSQL): signalling crosses processes', () => {
  let ctx: TestContext;
  let other: Awaited<ReturnType<TestContext['anotherProcess']>>;
  beforeAll(async () => {
    ctx = await TestContext.create({}, undefined, { postgresBus: true });
    other = await ctx.anotherProcess();
  });
  afterAll(async () => {
    await other?.close();
    await ctx?.close();
  });

  it('Anna on process B is admitted by Johan on process A; signals and chat go both ways in order', async () => {
    const { johan, meetingId } = await johanStartsAnnasMeeting(ctx);
    const anna = other.browser(await ctx.residentBrowser('anna'));
    const { staff, resident, johanId, annaId } = await bothIn(ctx, johan, meetingId, other.app, anna);
    staff.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: annaId, payload: offer }));
    for (let i = 0; i < 3; i++) staff.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: annaId, payload: { candidate: { candidate: `candidate:${i} 1 udp 1 127.0.0.1 ${6000 + i} typ host` } } }));
    await frame(resident, (f) => f.type === 'video_signal' && JSON.stringify(f).includes('6002'));
    const signals = (resident.messages as Frame[]).filter((f) => f.type === 'video_signal');
    expect(signals.map((s) => s.from)).toEqual(Array(4).fill(johanId));
    expect(signals[0]).toMatchObject({ payload: offer });
    resident.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: johanId, payload: { description: { type: 'answer', sdp: 'v=0\r\n' } } }));
    expect(await frame(staff, (f) => f.type === 'video_signal')).toMatchObject({ from: annaId, payload: { description: { type: 'answer' } } });
    resident.socket.send(JSON.stringify({ type: 'video_chat', meetingId, clientId: crypto.randomUUID(), body: 'Över processgränsen' }));
    await frame(staff, (f) => f.type === 'video_chat' && JSON.stringify(f).includes('Över processgränsen'));
    close(staff, resident);
  });
});
