import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalMailbox } from '../../adapters/mailbox/local-mailbox.adapter.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { UNREAD_PRINT_AFTER_MS } from './documents.rules.ts';

let ctx: TestContext;
/** Signed in anew in each test: tests move the clock past the session's lifetime. */
let maria: TestBrowser;
const id = (key: string) => residentDbId(ctx.database.db, key);
const referral = { kind: 'referral_confirmation', title: 'Remiss mottagen', body: 'Vi har tagit emot remissen.' };
const send = async (browser: TestBrowser, residentKey: string, body: Record<string, unknown>) => {
  const res = await browser.post(`/api/staff/residents/${await id(residentKey)}/documents`, { requestId: randomUUID(), ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().document as { id: string; status: string; routing: { appRecipients: number; mailbox: { operator: string } | null; printNow: boolean; reasons: string[] } };
};
const printListIds = async (browser: TestBrowser) => ((await browser.get('/api/staff/print-list')).json().items as { id: string }[]).map((i) => i.id);
beforeAll(async () => {
  ctx = await TestContext.create();
});
beforeEach(async () => {
  maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
});
afterAll(async () => ctx?.close());

describe('R-DC-7: protected identity', () => {
  it('R-DC-7, R-BK-3: an e-invitation to a resident with protected identity is held until staff record the agreement, then goes as agreed', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const saraId = await id('sara');
    const booking = (await ahmed.get(`/api/staff/residents/${saraId}/document-options`)).json().bookings[0];
    const held = await send(ahmed, 'sara', { kind: 'e_invitation', bookingId: booking.id, body: 'Välkommen.' });
    expect(held).toMatchObject({ status: 'held', routing: { appRecipients: 0, mailbox: null, printNow: false, reasons: ['protected_identity_held'] } });
    const sara = await ctx.residentBrowser('sara');
    expect((await sara.get('/api/me/documents')).json().documents).toEqual([]);
    const bad = await ahmed.post(`/api/staff/documents/${held.id}/agreement`, { channel: 'digital', note: '' });
    expect(bad.json().error.field).toBe('note');
    expect((await maria.post(`/api/staff/documents/${held.id}/agreement`, { channel: 'digital', note: 'x' })).statusCode).toBe(404);
    const agreed = await ahmed.post(`/api/staff/documents/${held.id}/agreement`, { channel: 'digital', note: 'Vill ha kallelser i appen, inte per post.' });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().document).toMatchObject({ status: 'sent', routing: { appRecipients: 1 }, agreement: { channel: 'digital' } });
    expect(agreed.json().document.routing.reasons).toContain('protected_identity_digital');
    expect((await sara.get('/api/me/documents')).json().documents.map((d: { id: string }) => d.id)).toEqual([held.id]);
    expect((await ahmed.post(`/api/staff/documents/${held.id}/agreement`, { channel: 'paper', note: 'Ändrat' })).json().error.code).toBe('not_held');
  });

});

describe('R-DC-4: digital mailboxes', () => {
  it('R-DC-4: a resident over 18 with a mailbox gets it there as well as in the app; delivered counts as read and never reaches the print list', async () => {
    const d = await send(maria, 'jonas', referral);
    expect(d.routing).toMatchObject({ appRecipients: 1, mailbox: { operator: 'Kivra' }, printNow: false });
    expect(d.routing.reasons).toEqual(['app_account', 'mailbox_over_18']);
    expect(await ctx.services.documents.jobs.deliverToMailboxes()).toEqual({ delivered: 1, failed: 0 });
    const mail = (ctx.mailbox as LocalMailbox).all().find((m) => m.delivery.header.reference === d.id)!;
    expect(mail.operator).toBe('Kivra');
    expect(mail.delivery.message.header.subject).toBe('Remissbekräftelse från Visby vårdcentral');
    expect((await PDFDocument.load(mail.delivery.message.attachments[0]!.body)).getTitle()).toBe('Remiss mottagen');
    const view = (await maria.get(`/api/staff/residents/${await id('jonas')}/documents`)).json().documents.find((x: { id: string }) => x.id === d.id);
    expect(view.delivery).toMatchObject({ mailbox: 'delivered', readBy: 'mailbox', readAt: ctx.clock.now().toISOString() });
    ctx.clock.advance(3 * UNREAD_PRINT_AFTER_MS);
    await ctx.services.documents.jobs.movePrintDue();
    expect(await printListIds(await ctx.staffBrowser('maria-ek', 'Visby vårdcentral'))).not.toContain(d.id);
  });

  it('R-DC-3: a resident over 18 with a mailbox and no app account gets it in the mailbox only', async () => {
    const d = await send(maria, 'erik', referral);
    expect(d.routing).toMatchObject({ appRecipients: 0, mailbox: { operator: 'Kivra' }, printNow: false });
  });
});

describe('R-DC-5, R-DC-2, R-DC-7, R-DC-8: what never goes electronically, and what waits', () => {
  it('R-DC-5: a document to a reserve number goes straight to the print list, never to the app or a mailbox', async () => {
    const birgitta = await ctx.staffBrowser('birgitta-nord', 'Medicinmottagningen, Visby lasarett');
    const d = await send(birgitta, 'yusuf', referral);
    expect(d.routing).toEqual({ appRecipients: 0, mailbox: null, printNow: true, reasons: ['reserve_number'] });
    const list = (await birgitta.get('/api/staff/print-list')).json();
    expect(list.items.find((i: { id: string }) => i.id === d.id)).toMatchObject({ reason: 'not_electronic', resident: { name: 'Yusuf Ahmed' } });
  });

  it('R-DC-5: a unit local exception for a kind keeps those documents on paper', async () => {
    const eva = await ctx.staffBrowser('eva-dahl', 'Regionstyrelseförvaltningen');
    const visby = (await ctx.services.units.byHsaId('SE2321000198-E001'))!.id;
    const exception = await eva.post(`/api/admin/units/${visby}/document-exceptions`, { documentKind: 'referral_confirmation', appointmentTypeId: null, reason: 'Remissbekräftelser skickas på papper' });
    expect(exception.statusCode).toBe(201);
    const d = await send(maria, 'jonas', referral);
    expect(d.routing).toEqual({ appRecipients: 0, mailbox: null, printNow: true, reasons: ['local_exception'] });
    expect((await eva.delete(`/api/admin/units/${visby}/document-exceptions/${exception.json().id}`)).statusCode).toBe(204);
  });

  it('R-DC-2: an e-letter from a template without control code goes to the print list; with a control code it goes electronically', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const visby = (await ctx.services.units.byHsaId('SE2321000198-E001'))!.id;
    const make = async (controlCode: string | null) => (await per.post(`/api/admin/units/${visby}/letter-templates`, { title: 'Provsvar', body: 'Dina provsvar är klara.', controlCode })).json().id as string;
    const without = await send(maria, 'anna', { kind: 'e_letter', letterTemplateId: await make(null) });
    expect(without.routing).toEqual({ appRecipients: 0, mailbox: null, printNow: true, reasons: ['letter_without_control_code'] });
    const withCode = await send(maria, 'anna', { kind: 'e_letter', letterTemplateId: await make('PROV-01'), body: 'Dina provsvar är klara, se nedan.' });
    expect(withCode.routing).toMatchObject({ appRecipients: 1, printNow: false });
    expect((await maria.post(`/api/staff/residents/${await id('anna')}/documents`, { requestId: randomUUID(), kind: 'e_letter', letterTemplateId: randomUUID() })).json().error).toMatchObject({ code: 'not_found', field: 'letterTemplateId' });
    expect((await maria.post(`/api/admin/units/${visby}/letter-templates`, { title: 'x', body: 'y', controlCode: null })).statusCode).toBe(403);
    expect((await per.post(`/api/admin/units/${visby}/letter-templates`, { title: 'x', body: 'y', controlCode: 'små bokstäver' })).json().error.field).toBe('controlCode');
  });

  it('R-DC-8: a resident who unregisters gets no further documents in the app', async () => {
    expect((await send(maria, 'r4', referral)).routing.reasons).toContain('app_account');
    const r4 = await ctx.residentBrowser('r4');
    expect((await r4.post('/api/me/unregister', { block: false, confirmed: true })).statusCode).toBe(204);
    const d = await send(maria, 'r4', referral);
    expect(d.routing).toEqual({ appRecipients: 0, mailbox: null, printNow: true, reasons: ['mailbox_not_reachable', 'no_app_no_mailbox'] });
  });
});

describe('R-DC-6, R-DC-9: the print list', () => {
  it('R-DC-6: an unread document in the app without a mailbox stays at 47:59 and moves to the print list at 48:00; a read one never', async () => {
    const unread = await send(maria, 'anna', referral);
    const read = await send(maria, 'anna', referral);
    const anna = await ctx.residentBrowser('anna');
    await anna.post(`/api/me/documents/${read.id}/read`);
    ctx.clock.advance(UNREAD_PRINT_AFTER_MS - 60_000);
    await ctx.services.documents.jobs.movePrintDue();
    maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    expect(await printListIds(maria)).not.toContain(unread.id);
    ctx.clock.advance(60_000);
    expect(await ctx.services.documents.jobs.movePrintDue()).toBeGreaterThanOrEqual(1);
    maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const ids = await printListIds(maria);
    expect(ids).toContain(unread.id);
    expect(ids).not.toContain(read.id);
  });

  it('R-DC-9: staff print a selection as one PDF, mark it printed, and the monitoring summary follows; every view is logged per resident', async () => {
    const before = (await maria.get('/api/staff/print-list/summary')).json();
    expect(before.waiting).toBeGreaterThanOrEqual(1);
    const ids = await printListIds(maria);
    const printed = await maria.post('/api/staff/print-list/print', { documentIds: ids });
    expect(printed.statusCode).toBe(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(printed.rawPayload)).getPageCount()).toBeGreaterThanOrEqual(ids.length);
    const annaId = await id('anna');
    const logged = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.residentId, annaId), eq(auditEvents.action, 'print_list')));
    expect(logged.length).toBeGreaterThan(0);
    expect((await maria.post('/api/staff/print-list/print', { documentIds: [randomUUID()] })).statusCode).toBe(404);
    const birgitta = await ctx.staffBrowser('birgitta-nord', 'Medicinmottagningen, Visby lasarett');
    expect((await birgitta.post('/api/staff/print-list/print', { documentIds: ids })).statusCode).toBe(404);
    expect((await birgitta.post('/api/staff/print-list/printed', { documentIds: ids })).json().printed).toBe(0);
    expect((await maria.post('/api/staff/print-list/printed', { documentIds: ids })).json().printed).toBe(ids.length);
    expect((await maria.post('/api/staff/print-list/printed', { documentIds: ids })).json().printed).toBe(0);
    expect((await maria.get('/api/staff/print-list/summary')).json()).toEqual({ waiting: 0, oldestQueuedAt: null });
    expect((await maria.post('/api/staff/print-list/print', { documentIds: [] })).json().error.field).toBe('documentIds');
  });
});

describe('notifications and audit', () => {
  it('R-ID-2: the app recipients are told of a new document by SMS, once, with no content or names', async () => {
    await ctx.services.documents.jobs.notifyNew();
    const before = ctx.sms.all().length;
    await send(maria, 'anna', referral);
    expect(await ctx.services.documents.jobs.notifyNew()).toBe(1);
    expect(await ctx.services.documents.jobs.notifyNew()).toBe(0);
    const texts = ctx.sms.all().slice(0, ctx.sms.all().length - before).map((m) => m.text);
    expect(texts).toEqual(['Du har fått ett nytt dokument i Vårdkontakten. Logga in för att läsa det.']);
  });

  it('R-IN-2: staff reads of a resident’s documents are logged and shown to the resident', async () => {
    await maria.get(`/api/staff/residents/${await id('anna')}/documents`);
    const anna = await ctx.residentBrowser('anna');
    const log = (await anna.get('/api/me/access-log')).json().entries.map((e: { action: string }) => e.action);
    expect(log).toContain('documents');
  });
});
