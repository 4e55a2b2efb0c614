import { residentDbId } from '../../testing/residents-by-key.ts';
import { randomUUID } from 'node:crypto';
import { and, count, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, bookings } from '../../db/schema/index.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { residentId, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let eva: TestBrowser;
beforeAll(async () => {
  ctx = await TestContext.create();
  eva = await ctx.staffBrowser('eva-dahl', 'Regionstyrelseförvaltningen');
});
afterAll(async () => ctx?.close());

type Series = { key: string; measure: string; values: number[] };
const seriesOf = (body: { series: Series[] }, key: string) => body.series.find((s) => s.key === key)!;

describe('R-UN-5: region statistics', () => {
  it('R-UN-5: figures per month come from the data: users and units as totals, completed video meetings per month', async () => {
    const res = await eva.get('/api/admin/statistics?months=12');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.regionName).toBe('Region Gotland');
    expect(body.months).toHaveLength(12);
    expect(body.months.at(-1)).toBe('2026-11');
    const db = ctx.database.db;
    const [accountCount] = await db.select({ n: count() }).from(accounts);
    expect(seriesOf(body, 'accounts').values.at(-1)).toBe(accountCount!.n);
    expect(seriesOf(body, 'connected_units').values.at(-1)).toBe(9);
    const windowStart = new Date('2025-11-30T23:00:00Z');
    const [video] = await db
      .select({ n: count() })
      .from(bookings)
      .where(and(eq(bookings.mode, 'video'), eq(bookings.status, 'completed'), gte(bookings.startsAt, windowStart)));
    const meetings = seriesOf(body, 'video_meetings');
    expect(meetings.measure).toBe('per_month');
    expect(meetings.values.reduce((a, b) => a + b, 0)).toBe(video!.n);
    expect(video!.n).toBeGreaterThan(10);
  });

  it('R-UN-5: a new account shows in this month’s total at once', async () => {
    const before = seriesOf((await eva.get('/api/admin/statistics')).json(), 'accounts').values.at(-1)!;
    const { browser, collect } = await ctx.signIn('resident', residentId('erik'));
    expect(collect.json().status).toBe('needs_terms');
    expect((await browser.post('/api/auth/terms/accept', { termsVersion: '2026-11-01', consentNotifications: true, consentEDocuments: true })).statusCode).toBe(204);
    expect(seriesOf((await eva.get('/api/admin/statistics')).json(), 'accounts').values.at(-1)).toBe(before + 1);
  });

  it('R-UN-5: messages written this month count in this month; answers, notes and events do not', async () => {
    const before = seriesOf((await eva.get('/api/admin/statistics')).json(), 'messages');
    expect(before).toMatchObject({ measure: 'per_month' });
    const jonas = await ctx.residentBrowser('jonas');
    const visby = (await jonas.get('/api/me/chat/start-options')).json().units.find((u: { unitName: string }) => u.unitName === 'Visby vårdcentral').unitId;
    const { conversationId } = (await jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Hej', clientId: randomUUID() })).json();
    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    await johan.post(`/api/staff/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Notering', kind: 'note' });
    await johan.post(`/api/staff/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Svar' });
    await johan.post(`/api/staff/conversations/${conversationId}/close`);
    expect(seriesOf((await eva.get('/api/admin/statistics')).json(), 'messages').values.at(-1)).toBe(before.values.at(-1)! + 2);
  });

  it('R-UN-5: e-documents sent this month count in this month', async () => {
    const before = (await eva.get('/api/admin/statistics?months=6')).json();
    expect(before.months).toHaveLength(6);
    expect(before.series.map((s: Series) => s.key)).toEqual(['accounts', 'connected_units', 'video_meetings', 'messages', 'e_documents']);
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const jonas = await residentDbId(ctx.database.db, 'jonas');
    const sent = await maria.post(`/api/staff/residents/${jonas}/documents`, { kind: 'referral_confirmation', requestId: randomUUID(), title: 'Remiss mottagen', body: 'Vi har tagit emot din remiss.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const after = (await eva.get('/api/admin/statistics?months=6')).json();
    expect(seriesOf(after, 'e_documents').values.at(-1)).toBe(seriesOf(before, 'e_documents').values.at(-1)! + 1);
  });

  it('R-UN-5: a period outside 3–36 months is refused, naming the field', async () => {
    for (const months of ['2', '37', 'many']) {
      const res = await eva.get(`/api/admin/statistics?months=${months}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('months');
    }
  });
});
