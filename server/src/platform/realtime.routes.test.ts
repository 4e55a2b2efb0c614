import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_CLOSE_TOO_MANY_FRAMES } from '../../../contracts/realtime.ts';
import type { TestBrowser } from '../testing/test-browser.ts';
import { TestContext } from '../testing/test-context.ts';
import { type Frame, frame, openSocket, type OpenSocket, within } from '../testing/test-socket.ts';
import { FRAME_BURST, REFUSALS_BURST } from './socket-frames.ts';

let ctx: TestContext;
let jonas: TestBrowser;
let conversationId: string;
beforeAll(async () => {
  ctx = await TestContext.create();
  jonas = await ctx.residentBrowser('jonas');
  const visby = ((await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] }).units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
  conversationId = (await jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej!', clientId: randomUUID() })).json().conversationId;
});
afterAll(async () => ctx?.close());

const send = (s: OpenSocket, f: object) => s.socket.send(JSON.stringify(f));
const count = (s: OpenSocket, type: string) => (s.messages as Frame[]).filter((f) => f.type === type).length;
const bodies = async () => ((await jonas.get(`/api/me/conversations/${conversationId}`)).json().messages as { body: string }[]).map((m) => m.body);

describe('a live connection’s frame budget', () => {
  it('frames over the budget are refused as rate_limited naming their client id, nothing of them is stored, and the tab sends again after a pause', async () => {
    const tab = await openSocket(ctx.app, jonas);
    await frame(tab, (f) => f.type === 'hello');
    // 30 over the budget: the refill of 0.6 s, far longer than the server takes to read them.
    for (let i = 0; i < FRAME_BURST + 30; i++) send(tab, { type: 'ping' });
    const refused = randomUUID();
    send(tab, { type: 'send', conversationId, clientId: refused, body: 'Skickat i en flod' });
    expect(await frame(tab, (f) => f.type === 'nack' && f.clientId === refused)).toMatchObject({ code: 'rate_limited' });
    await frame(tab, () => count(tab, 'pong') >= FRAME_BURST);
    expect(count(tab, 'pong')).toBeLessThan(FRAME_BURST + 30);
    expect(count(tab, 'nack')).toBeGreaterThan(1);

    await new Promise((r) => setTimeout(r, 200));
    const later = randomUUID();
    send(tab, { type: 'send', conversationId, clientId: later, body: 'Skickat efter en paus' });
    await frame(tab, (f) => f.type === 'ack' && f.clientId === later);
    const stored = await bodies();
    expect(stored).toContain('Skickat efter en paus');
    expect(stored).not.toContain('Skickat i en flod');
    const refusals = (await ctx.browser().get('/metrics')).body.match(/^websocket_frames_refused_total (\d+)/m);
    expect(Number(refusals?.[1])).toBeGreaterThan(1);
    tab.socket.close();
  });

  it('a socket that keeps sending into refusals is closed with 1008, and the session still opens a new one', async () => {
    const flood = await openSocket(ctx.app, jonas);
    await frame(flood, (f) => f.type === 'hello');
    for (let i = 0; i < FRAME_BURST + 3 * REFUSALS_BURST; i++) send(flood, { type: 'ping' });
    expect(await within(flood.closed, 5_000)).toBe(WS_CLOSE_TOO_MANY_FRAMES);
    // One refusal a second is added to the allowance; the flood is read in far less than five.
    expect(count(flood, 'nack')).toBeLessThanOrEqual(REFUSALS_BURST + 5);

    const next = await openSocket(ctx.app, jonas);
    await frame(next, (f) => f.type === 'hello');
    send(next, { type: 'ping' });
    await frame(next, (f) => f.type === 'pong');
    next.socket.close();
  });
});
