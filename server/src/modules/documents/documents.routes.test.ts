import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EICAR_TEST_FILE } from '../../adapters/virus-scanner/eicar.ts';
import { LocalMailbox } from '../../adapters/mailbox/local-mailbox.adapter.ts';
import { auditEvents, documentAttachments, documents } from '../../db/schema/index.ts';
import { upload } from '../../testing/multipart.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let maria: TestBrowser;
let anna: TestBrowser;
let pdf: Buffer;
const id = (key: string) => residentDbId(ctx.database.db, key);
beforeAll(async () => {
  ctx = await TestContext.create();
  maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
  anna = await ctx.residentBrowser('anna');
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Inför operationen');
  pdf = Buffer.from(await doc.save());
});
afterAll(async () => ctx?.close());

const send = (browser: TestBrowser, residentId: string, body: Record<string, unknown>) => browser.post(`/api/staff/residents/${residentId}/documents`, { requestId: randomUUID(), ...body });
const referral = { kind: 'referral_confirmation', title: 'Remiss mottagen', body: 'Vi har tagit emot remissen från din vårdcentral. Du får en kallelse.' };
const stored = async () => (await ctx.database.db.select({ n: count() }).from(documents))[0]!.n;
const bookingOf = async (browser: TestBrowser, residentId: string, typeName: string) =>
  ((await browser.get(`/api/staff/residents/${residentId}/document-options`)).json().bookings as { id: string; typeName: string }[]).find((b) => b.typeName === typeName)!;

describe('R-DC-1, R-DC-3: staff send an e-invitation; the resident reads it in the app', () => {
  it('R-DC-1: an e-invitation for a booking, with a PDF and a preparation link, reaches the resident’s app with the decision and its reasons', async () => {
    const annaId = await id('anna');
    const file = await upload(maria, '/api/staff/document-attachments', 'Inför besöket.pdf', pdf);
    expect(file.statusCode, file.body).toBe(201);
    const booking = await bookingOf(maria, annaId, 'Läkarbesök');
    const sent = await send(maria, annaId, { kind: 'e_invitation', bookingId: booking.id, body: 'Välkommen! Kom fastande, ≥ 8 timmar.', links: [{ title: 'Inför provtagning', url: 'https://www.1177.se/provtagning' }], attachmentIds: [file.json().id] });
    expect(sent.statusCode, sent.body).toBe(201);
    const d = sent.json().document;
    expect(d).toMatchObject({ kind: 'e_invitation', status: 'sent', title: 'Kallelse: Läkarbesök', routing: { appRecipients: 1, mailbox: null, printNow: false }, delivery: { inApp: true, readAt: null } });
    expect(d.routing.reasons).toEqual(['app_account', 'mailbox_not_reachable']);
    expect(d.attachments).toEqual([{ id: file.json().id, name: 'Inför besöket.pdf', size: expect.any(Number) }]);

    const list = (await anna.get('/api/me/documents')).json().documents;
    expect(list[0]).toMatchObject({ id: d.id, title: 'Kallelse: Läkarbesök', unitName: 'Visby vårdcentral', readAt: null });
    const detail = (await anna.get(`/api/me/documents/${d.id}`)).json();
    expect(detail).toMatchObject({ body: 'Välkommen! Kom fastande, ≥ 8 timmar.', links: [{ title: 'Inför provtagning' }], booking: { place: expect.stringContaining('Visby vårdcentral') } });
    const rendered = await anna.get(`/api/me/documents/${d.id}/pdf`);
    expect(rendered.statusCode).toBe(200);
    expect(rendered.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(rendered.rawPayload)).getTitle()).toBe('Kallelse: Läkarbesök');
    const attachment = await anna.get(`/api/me/documents/${d.id}/attachments/${file.json().id}`);
    expect(attachment.statusCode).toBe(200);
    expect(attachment.headers['content-disposition']).toMatch(/^attachment/);

    ctx.clock.advance(60_000);
    const read = await anna.post(`/api/me/documents/${d.id}/read`);
    expect(read.json().readAt).toBe(ctx.clock.now().toISOString());
    ctx.clock.advance(60_000);
    expect((await anna.post(`/api/me/documents/${d.id}/read`)).json().readAt).toBe(read.json().readAt);
    const staffView = (await maria.get(`/api/staff/residents/${annaId}/documents`)).json().documents.find((x: { id: string }) => x.id === d.id);
    expect(staffView.delivery).toMatchObject({ readAt: read.json().readAt, readBy: 'resident' });
  });

  it('a repeated request id sends nothing new and answers with the first document; the id reused for another resident is refused', async () => {
    const jonasId = await id('jonas');
    const requestId = randomUUID();
    const first = await maria.post(`/api/staff/residents/${jonasId}/documents`, { requestId, ...referral });
    const before = await stored();
    const again = await maria.post(`/api/staff/residents/${jonasId}/documents`, { requestId, ...referral });
    expect(again.statusCode).toBe(200);
    expect(again.json().document.id).toBe(first.json().document.id);
    const [a, b] = await Promise.all([0, 1].map(() => maria.post(`/api/staff/residents/${jonasId}/documents`, { requestId, ...referral })));
    expect(a!.json().document.id).toBe(b!.json().document.id);
    const other = await maria.post(`/api/staff/residents/${await id('anna')}/documents`, { requestId, ...referral });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: 'request_id_reused', field: 'requestId' });
    expect(await stored()).toBe(before);
  });

  it('two senders racing to invite for one booking: one e-invitation is sent, the other is refused naming the booking', async () => {
    const annaId = await id('anna');
    const doctor = ((await maria.get('/api/staff/booking-options')).json().appointmentTypes as { id: string; name: { sv: string } }[]).find((t) => t.name.sv === 'Läkarbesök')!;
    const booked = await maria.post(`/api/staff/residents/${annaId}/bookings`, { appointmentTypeId: doctor.id, startsAt: new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString(), mode: 'visit', practitionerId: null, preparation: null });
    expect(booked.statusCode, booked.body).toBe(201);
    const bookingId = booked.json().bookingId as string;
    const answers = await Promise.all([0, 1].map(() => send(maria, annaId, { kind: 'e_invitation', bookingId, body: 'Välkommen' })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error).toMatchObject({ code: 'invitation_exists', field: 'bookingId' });
    expect((await ctx.database.db.select({ n: count() }).from(documents).where(eq(documents.bookingId, bookingId)))[0]!.n).toBe(1);
  });

  it('unknown ids, residents without a care relation, other units’ bookings and hidden types are refused, naming the field, and nothing is written (R-BK-2)', async () => {
    const annaId = await id('anna');
    const before = await stored();
    expect((await send(maria, randomUUID(), referral)).statusCode).toBe(404);
    expect((await send(maria, await id('sara'), referral)).statusCode).toBe(404);
    const unknownBooking = await send(maria, annaId, { kind: 'e_invitation', bookingId: randomUUID(), body: 'Hej' });
    expect(unknownBooking.statusCode).toBe(404);
    expect(unknownBooking.json().error.field).toBe('bookingId');
    const henrik = await ctx.staffBrowser('henrik-höök', 'BUP Gotland');
    const elsaBooking = await bookingOf(henrik, await id('elsa'), 'Uppföljande samtal via video');
    expect((await send(maria, await id('elsa'), { kind: 'e_invitation', bookingId: elsaBooking.id, body: 'Hej' })).statusCode).toBe(404);
    const hidden = (await ctx.services.bookings.comingAtUnit(ctx.database.db, annaId, (await ctx.services.units.byHsaId('SE2321000198-E001'))!.id)).find((b) => b.hiddenType)!;
    const refused = await send(maria, annaId, { kind: 'e_invitation', bookingId: hidden.id, body: 'Hej' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'hidden_appointment_type', field: 'bookingId' });
    expect((await maria.get(`/api/staff/residents/${annaId}/document-options`)).json().bookings.map((b: { typeName: string }) => b.typeName)).not.toContain('Samtal, beroendeteam');
    const invited = await bookingOf(maria, annaId, 'Läkarbesök');
    expect((await send(maria, annaId, { kind: 'e_invitation', bookingId: invited.id, body: 'Igen' })).json().error.code).toBe('invitation_exists');
    const bad = await send(maria, annaId, { kind: 'referral_confirmation', title: '', body: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('R-MS-11: attachments pass the chat files’ checks; hostile, oversized and non-PDF files are refused; someone else’s upload cannot be sent', async () => {
    const count0 = async () => (await ctx.database.db.select({ n: count() }).from(documentAttachments))[0]!.n;
    const before = await count0();
    const infected = await upload(maria, '/api/staff/document-attachments', 'eicar.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), EICAR_TEST_FILE]));
    expect(infected.statusCode).toBe(422);
    const script = await upload(maria, '/api/staff/document-attachments', 'x.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n%%EOF'));
    expect(script.json().error).toMatchObject({ code: 'attachment_active_content', field: 'file' });
    const html = await upload(maria, '/api/staff/document-attachments', 'x.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.json().error.code).toBe('attachment_type_not_allowed');
    const big = await upload(maria, '/api/staff/document-attachments', 'stor.pdf', Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(await count0()).toBe(before);

    const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    const his = (await upload(johan, '/api/staff/document-attachments', 'hans.pdf', pdf)).json();
    const jonasId = await id('jonas');
    const booking = await bookingOf(maria, jonasId, 'Telefonsamtal');
    const docs = await stored();
    const stolen = await send(maria, jonasId, { kind: 'e_invitation', bookingId: booking.id, body: 'Hej', attachmentIds: [his.id] });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error.field).toBe('attachmentIds');
    expect(await stored()).toBe(docs);
  });
});

describe('R-DC-3, R-PX: children and proxies', () => {
  it('R-DC-3: a document to a child under 13 reaches the guardian with an account, who sees it acting for the child only', async () => {
    const henrik = await ctx.staffBrowser('henrik-höök', 'BUP Gotland');
    const elsaId = await id('elsa');
    const booking = await bookingOf(henrik, elsaId, 'Uppföljande samtal via video');
    const sent = (await send(henrik, elsaId, { kind: 'e_invitation', bookingId: booking.id, body: 'Välkommen till ett uppföljande samtal.' })).json().document;
    expect(sent.routing).toMatchObject({ appRecipients: 1, mailbox: null, printNow: false });
    expect(sent.routing.reasons).toEqual(expect.arrayContaining(['guardians_under_13', 'under_18_no_mailbox']));
    expect((await anna.get('/api/me/documents')).json().documents.map((d: { id: string }) => d.id)).not.toContain(sent.id);
    expect((await anna.post('/api/me/acting-for', { residentId: elsaId })).statusCode).toBe(204);
    expect((await anna.get('/api/me/documents')).json().documents.map((d: { id: string }) => d.id)).toContain(sent.id);
    await anna.post(`/api/me/documents/${sent.id}/read`);
    expect((await anna.post('/api/me/acting-for', { residentId: await id('anna') })).statusCode).toBe(204);
    const view = (await henrik.get(`/api/staff/residents/${elsaId}/documents`)).json().documents[0];
    expect(view.delivery.readBy).toBe('proxy');
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.get(`/api/me/documents/${sent.id}`)).statusCode).toBe(404);
    expect((await jonas.get(`/api/me/documents/${sent.id}/pdf`)).statusCode).toBe(404);
    expect((await jonas.post(`/api/me/documents/${sent.id}/read`)).statusCode).toBe(404);
  });
});

/** A letter template at a unit Per Olsson administers, made for the test. */
async function templateFor(unitId: string, controlCode: string | null, admin?: TestBrowser): Promise<string> {
  const per = admin ?? (await ctx.staffBrowser('per-olsson', 'Visby vårdcentral'));
  const created = await per.post(`/api/admin/units/${unitId}/letter-templates`, { title: 'Provsvar', body: 'Dina provsvar är klara och visar inget anmärkningsvärt.', controlCode });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}
