import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { NEW_MESSAGE_NOTICE } from './chat-notifications.ts';

let ctx: TestContext;
let jonas: TestBrowser;
let visby: string;
beforeAll(async () => {
  ctx = await TestContext.create();
  jonas = await ctx.residentBrowser('jonas');
  visby = ((await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] }).units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
});
afterAll(async () => ctx?.close());

const startChat = async (resident = jonas) =>
  (await resident.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej', clientId: randomUUID() })).json().conversationId as string;

describe('R-MS-4/5: a unit’s chat settings, kept by its administrators', () => {
  it('R-MS-4: a system administrator changes errands and their questions; residents are asked the new questions at once', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const settings = (await per.get(`/api/admin/units/${visby}/chat`)).json();
    expect(settings.errands.map((e: { errand: string }) => e.errand)).toEqual(['administrative', 'advice', 'booking_change', 'prescription']);
    const question = { id: 'topic', kind: 'free_text', text: { sv: 'Vad gäller det?', en: 'What is it about?' }, showIf: null, maxLength: 200 };
    const put = await per.put(`/api/admin/units/${visby}/chat`, { openingHours: settings.openingHours, errands: [{ errand: 'other', queue: null, questionnaire: [question] }] });
    expect(put.statusCode, put.body).toBe(204);
    const options = (await jonas.get('/api/me/chat/start-options')).json().units.find((u: { unitId: string }) => u.unitId === visby);
    expect(options.errands).toEqual([{ errand: 'other', questionnaire: [question] }]);
    expect((await jonas.post('/api/me/conversations', { unitId: visby, errand: 'advice', mode: 'async', answers: {}, bookingId: null, message: 'x', clientId: randomUUID() })).json().error.code).toBe('errand_not_offered');
    await per.put(`/api/admin/units/${visby}/chat`, settings);
  });

  it('refuses bad settings naming the field, and staff without the role', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const bad = await per.put(`/api/admin/units/${visby}/chat`, { openingHours: [{ weekday: 1, opens: '17:00', closes: '08:00' }], errands: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('openingHours.0.closes');
    const twice = await per.put(`/api/admin/units/${visby}/chat`, { openingHours: [], errands: [{ errand: 'advice', queue: null, questionnaire: [] }, { errand: 'advice', queue: null, questionnaire: [] }] });
    expect(twice.json().error.field).toBe('errands.1.errand');
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    expect((await johan.put(`/api/admin/units/${visby}/chat`, { openingHours: [], errands: [] })).json().error.code).toBe('role_not_permitted');
  });
});

describe('R-MS-8: reply templates', () => {
  it('R-MS-8: staff see the unit’s shared templates and keep their own; only the system administrator changes shared ones', async () => {
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const shared = (await johan.get('/api/staff/templates')).json().templates as { title: string; scope: string; shortcut: string }[];
    expect(shared.map((t) => [t.title, t.scope, t.shortcut])).toContainEqual(['Hälsning', 'unit', 'hej']);
    const created = await johan.post('/api/staff/templates', { title: 'Min hälsning', body: 'Hej {förnamn}, {mitt_namn} här.', shortcut: 'min' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ scope: 'mine', shortcut: 'min' });
    expect((await maria.get('/api/staff/templates')).json().templates.map((t: { title: string }) => t.title)).not.toContain('Min hälsning');
    expect((await maria.put(`/api/staff/templates/${created.json().id}`, { title: 'Stulen', body: 'x', shortcut: null })).statusCode).toBe(404);
    expect((await maria.delete(`/api/staff/templates/${created.json().id}`)).statusCode).toBe(404);
    expect((await johan.post('/api/staff/templates', { title: '', body: 'x', shortcut: 'MIN MALL' })).json().error.field).toBe('title');
    expect((await johan.post('/api/staff/templates', { title: 'x', body: 'x', shortcut: 'MIN MALL' })).json().error.field).toBe('shortcut');
    expect((await johan.post(`/api/admin/units/${visby}/templates`, { title: 'Ny gemensam', body: 'x', shortcut: null })).json().error.code).toBe('role_not_permitted');
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const unitTemplate = await per.post(`/api/admin/units/${visby}/templates`, { title: 'Ny gemensam', body: 'Vänliga hälsningar, {mottagning}', shortcut: 'ny' });
    expect(unitTemplate.statusCode, unitTemplate.body).toBe(201);
    expect((await maria.get('/api/staff/templates')).json().templates.map((t: { title: string }) => t.title)).toContain('Ny gemensam');
    expect((await johan.delete(`/api/staff/templates/${unitTemplate.json().id}`)).statusCode).toBe(404);
    expect((await johan.delete(`/api/staff/templates/${created.json().id}`)).statusCode).toBe(204);
  });
});

describe('R-MS-9: evaluation after a closed chat', () => {
  it('R-MS-9: the resident answers once; the unit sees the answers without who gave them', async () => {
    const id = await startChat();
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const early = await jonas.post(`/api/me/conversations/${id}/evaluation`, { satisfaction: 5, gotHelp: 'yes', comment: '' });
    expect(early.json().error.code).toBe('evaluation_not_open');
    await johan.post(`/api/staff/conversations/${id}/close`);
    expect((await jonas.post(`/api/me/conversations/${id}/evaluation`, { satisfaction: 6, gotHelp: 'yes', comment: '' })).json().error.field).toBe('satisfaction');
    expect((await jonas.post(`/api/me/conversations/${id}/evaluation`, { satisfaction: 4, gotHelp: 'partly', comment: 'Snabbt svar, tack!' })).statusCode).toBe(204);
    expect((await jonas.post(`/api/me/conversations/${id}/evaluation`, { satisfaction: 1, gotHelp: 'no', comment: '' })).json().error.code).toBe('evaluation_not_open');
    const summary = (await johan.get('/api/staff/evaluations')).json();
    expect(summary).toMatchObject({ unitName: 'Visby vårdcentral', answered: 1, averageSatisfaction: 4, gotHelp: { yes: 0, partly: 1, no: 0 } });
    expect(summary.comments).toEqual([{ text: 'Snabbt svar, tack!', at: expect.any(String), errand: 'administrative' }]);
    expect(JSON.stringify(summary)).not.toContain('Jonas');
    expect((await jonas.get(`/api/me/conversations/${id}`)).json().conversation.evaluationPending).toBe(false);
  });
});

describe('R-ID-2: notifications of new messages, with consent, without content', () => {
  it('R-ID-2: a care message unread after a minute brings one SMS and one push with no content or names; read messages bring none', async () => {
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const key = (await jonas.get('/api/push/key')).json().publicKey as string;
    expect(key).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    const endpoint = `https://push.example.test/${randomUUID()}`;
    expect((await jonas.post('/api/push/subscriptions', { endpoint, keys: { p256dh: 'BPub', auth: 'secret' } })).statusCode).toBe(204);
    expect((await jonas.post('/api/push/subscriptions', { endpoint: 'http://insecure.test/x', keys: { p256dh: 'a', auth: 'b' } })).json().error.field).toBe('endpoint');
    const id = await startChat();
    await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Dina provsvar om diabetes är klara' });
    const smsBefore = ctx.sms.sentTo('+46765554433').length;
    expect(await ctx.services.chat.notifications.sendDue()).toBe(0);
    ctx.clock.advance(2 * 60_000);
    expect(await ctx.services.chat.notifications.sendDue()).toBe(1);
    const sms = ctx.sms.sentTo('+46765554433');
    expect(sms).toHaveLength(smsBefore + 1);
    expect(sms.at(-1)!.text).toBe(NEW_MESSAGE_NOTICE.sms);
    expect(ctx.push.sentTo(endpoint)).toEqual([NEW_MESSAGE_NOTICE.push]);
    expect(JSON.stringify([sms.at(-1), ctx.push.sentTo(endpoint)])).not.toMatch(/diabetes|Jonas|Johan|Visby/);
    // Told once; a message the resident has read brings nothing.
    expect(await ctx.services.chat.notifications.sendDue()).toBe(0);
    const resident = await ctx.residentBrowser('jonas');
    await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'En sak till' });
    await resident.post(`/api/me/conversations/${id}/read`, { seq: 100 });
    ctx.clock.advance(2 * 60_000);
    expect(await ctx.services.chat.notifications.sendDue()).toBe(0);
    ctx.push.forget(endpoint);
    await johan.post(`/api/staff/conversations/${id}/messages`, { clientId: randomUUID(), body: 'Och en till' });
    ctx.clock.advance(2 * 60_000);
    await ctx.services.chat.notifications.sendDue();
    expect(ctx.push.sentTo(endpoint)).toHaveLength(1);
  });

  it('R-BK-3, R-ID-4: a resident with protected identity is not notified', async () => {
    const sara = await ctx.residentBrowser('sara');
    const endpoint = `https://push.example.test/${randomUUID()}`;
    expect((await sara.post('/api/push/subscriptions', { endpoint, keys: { p256dh: 'BPub', auth: 'secret' } })).statusCode).toBe(204);
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const saraId = await residentDbId(ctx.database.db, 'sara');
    const started = await ahmed.post(`/api/staff/residents/${saraId}/conversations`, { message: 'Hej Sara', clientId: randomUUID() });
    expect(started.statusCode, started.body).toBe(201);
    const before = ctx.sms.all().length;
    ctx.clock.advance(2 * 60_000);
    await ctx.services.chat.notifications.sendDue();
    expect(ctx.sms.all().length).toBe(before);
    expect(ctx.push.sentTo(endpoint)).toEqual([]);
  });
});
