import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { appointmentTypes, bookings } from '../../db/schema/index.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import { residentId, TEST_START, TestContext } from '../../testing/test-context.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { annaActingForElsa } from '../../testing/callers.ts';
import { residentActivityCount } from '../../testing/resident-activity.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(TEST_START));

type Booking = { id: string; mode: string; startsAt: string; endsAt: string; appointmentType: { sv: string } };
const upcoming = async (browser: TestBrowser) => (await browser.get('/api/me/bookings')).json().upcoming as Booking[];

async function anonymousCheck(code: string) {
  const browser = ctx.browser();
  await browser.get('/api/auth/session');
  return (await browser.post('/api/tickets/verify', { code })).json();
}

describe('R-BK-6: the bus ticket', () => {
  it('R-BK-6: a booked visit has a ticket with a QR code and a window around the visit; it holds no personal data', async () => {
    const anna = await ctx.residentBrowser('anna');
    const visit = (await upcoming(anna)).find((b) => b.mode === 'visit')!;
    const res = await anna.get(`/api/me/bookings/${visit.id}/ticket`);
    expect(res.statusCode, res.body).toBe(200);
    const ticket = res.json();
    expect(ticket.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Date.parse(ticket.validFrom)).toBe(Date.parse(visit.startsAt) - 3 * 3_600_000);
    expect(Date.parse(ticket.validUntil)).toBe(Date.parse(visit.endsAt) + 3 * 3_600_000);
    const decoded = Buffer.from(ticket.code.split('.')[1], 'base64url').toString();
    for (const personal of [residentId('anna'), 'Anna', 'Lindqvist', 'Visby']) expect(decoded).not.toContain(personal);
    expect(Buffer.from(ticket.qrDataUrl.split(',')[1], 'base64').toString()).toContain('<svg');
  });

  it('R-BK-6: the operator’s check says not yet valid, valid and expired as time passes, without saying whose it is', async () => {
    const anna = await ctx.residentBrowser('anna');
    const visit = (await upcoming(anna)).find((b) => b.mode === 'visit')!;
    const { code } = (await anna.get(`/api/me/bookings/${visit.id}/ticket`)).json();
    const early = await anonymousCheck(code);
    expect(early.status).toBe('not_yet_valid');
    expect(JSON.stringify(early)).not.toMatch(/Anna|Lindqvist|Visby|vårdcentral/);
    ctx.clock.set(new Date(Date.parse(visit.startsAt) - 60_000));
    expect((await anonymousCheck(code)).status).toBe('valid');
    ctx.clock.set(new Date(Date.parse(visit.endsAt) + 4 * 3_600_000));
    expect((await anonymousCheck(code)).status).toBe('expired');
  });

  it('R-BK-6: tampered, foreign and made-up codes are invalid', async () => {
    const anna = await ctx.residentBrowser('anna');
    const visit = (await upcoming(anna)).find((b) => b.mode === 'visit')!;
    const { code } = (await anna.get(`/api/me/bookings/${visit.id}/ticket`)).json() as { code: string };
    const [version, payload, signature] = code.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const stretched = Buffer.from(JSON.stringify({ ...claims, u: claims.u + 86_400 })).toString('base64url');
    const otherBooking = Buffer.from(JSON.stringify({ ...claims, b: randomUUID() })).toString('base64url');
    // The signature's last characters changed (to something else than they were: now and then they are AA).
    const resigned = `${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [`${version}.${stretched}.${signature}`, `${version}.${otherBooking}.${signature}`, resigned, 'T1.e30.AAAAAAAAAAAAAAAAAAAAAA', 'hello']) {
      expect((await anonymousCheck(bad)).status, bad).toBe('invalid');
    }
    const empty = ctx.browser();
    await empty.get('/api/auth/session');
    const missing = await empty.post('/api/tickets/verify', { code: ' ' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('code');
  });

  it('R-BK-6: a cancelled or moved visit voids its old ticket', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const flu = ((await jonas.get('/api/me/self-booking')).json().offers as { appointmentType: { id: string; name: { sv: string } } }[]).find((o) => o.appointmentType.name.sv === 'Vaccination mot influensa')!;
    const slots = (await jonas.get(`/api/me/self-booking/${flu.appointmentType.id}/slots`)).json().slots as { id: string }[];
    const booked = (await jonas.post('/api/me/self-booking', { slotId: slots[30]!.id, answers: { fever: 'no', allergy: 'no', anticoagulants: 'no' }, requestId: randomUUID() })).json().bookingId;
    const first = (await jonas.get(`/api/me/bookings/${booked}/ticket`)).json().code;
    expect((await anonymousCheck(first)).status).toBe('not_yet_valid');
    expect((await jonas.post(`/api/me/bookings/${booked}/rebook`, { slotId: slots[31]!.id })).statusCode).toBe(204);
    expect((await anonymousCheck(first)).status).toBe('invalid');
    const second = (await jonas.get(`/api/me/bookings/${booked}/ticket`)).json().code;
    expect((await anonymousCheck(second)).status).toBe('not_yet_valid');
    expect((await jonas.post(`/api/me/bookings/${booked}/cancel`)).statusCode).toBe(204);
    expect((await anonymousCheck(second)).status).toBe('invalid');
    expect((await jonas.get(`/api/me/bookings/${booked}/ticket`)).json().error.code).toBe('ticket_not_available');
  });

  it('R-BK-6: video meetings have no ticket; someone else’s booking is not found', async () => {
    const anna = await ctx.residentBrowser('anna');
    const video = (await upcoming(anna)).find((b) => b.mode === 'video')!;
    const res = await anna.get(`/api/me/bookings/${video.id}/ticket`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ticket_not_available');
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.get(`/api/me/bookings/${video.id}/ticket`)).statusCode).toBe(404);
  });
});

describe('R-BK-1: adding a booking to the calendar', () => {
  it('R-BK-1: a booking downloads as an iCalendar event with time, place and preparation', async () => {
    const anna = await ctx.residentBrowser('anna');
    const visit = (await upcoming(anna)).find((b) => b.mode === 'visit')!;
    const res = await anna.get(`/api/me/bookings/${visit.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.headers['content-disposition']).toContain('attachment');
    const ics = res.body;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`UID:${visit.id}@vardkontakten`);
    expect(ics).toContain(`DTSTART:${visit.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics.replace(/\r\n /g, '')).toContain('LOCATION:Visby vårdcentral\\, Stenkumlaväg 39\\, 621 84 Visby');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.get(`/api/me/bookings/${visit.id}/calendar.ics`)).statusCode).toBe(404);
  });

  it('R-BK-2: a booking of a hidden type has neither calendar file nor ticket', async () => {
    const anna = await ctx.residentBrowser('anna');
    const [hidden] = await ctx.database.db
      .select({ id: bookings.id })
      .from(bookings)
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, bookings.appointmentTypeId))
      .where(and(eq(bookings.residentId, await residentDbId(ctx.database.db, 'anna')), eq(appointmentTypes.hidden, true)));
    expect(hidden).toBeDefined();
    expect((await anna.get(`/api/me/bookings/${hidden!.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await anna.get(`/api/me/bookings/${hidden!.id}/ticket`)).statusCode).toBe(404);
  });
});

describe('R-PX-5: what a proxy does with a child’s bookings is recorded, and only what was done', () => {
  const activityCount = () => residentActivityCount(ctx.database.db);

  it('R-PX-5: a refused look (a calendar file or ticket of an unknown booking) records no activity; a calendar file fetched does', async () => {
    const anna = await annaActingForElsa(ctx);
    const [first] = await upcoming(anna);
    expect(first).toBeDefined();
    const before = await activityCount();
    expect((await anna.get(`/api/me/bookings/${randomUUID()}/calendar.ics`)).statusCode).toBe(404);
    expect((await anna.get(`/api/me/bookings/${randomUUID()}/ticket`)).statusCode).toBe(404);
    expect(await activityCount()).toBe(before);
    expect((await anna.get(`/api/me/bookings/${first!.id}/calendar.ics`)).statusCode).toBe(200);
    expect(await activityCount()).toBe(before + 1);
  });
});
