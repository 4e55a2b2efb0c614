import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingSlots, bookings } from '../../db/schema/index.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { slotStarts } from './staff-booking.service.ts';

let ctx: TestContext;
let johan: TestBrowser;
beforeAll(async () => {
  ctx = await TestContext.create();
  johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
});
afterAll(async () => ctx?.close());

type Options = { appointmentTypes: { id: string; name: { sv: string }; videoAllowed: boolean; selfBookable: boolean }[]; practitioners: { id: string; name: string }[] };
const options = async (browser: TestBrowser) => (await browser.get('/api/staff/booking-options')).json() as Options;
const allBookings = async () => (await ctx.database.db.select({ n: count() }).from(bookings))[0]!.n;

describe('R-BK-5: staff book for a resident', () => {
  it('R-BK-5: staff book a video meeting; the resident sees it among upcoming bookings', async () => {
    const opts = await options(johan);
    const video = opts.appointmentTypes.find((t) => t.name.sv === 'Videobesök')!;
    const maria = opts.practitioners.find((p) => p.name === 'Maria Ek')!;
    const res = await johan.post(`/api/staff/residents/${await residentDbId(ctx.database.db, 'jonas')}/bookings`, {
      appointmentTypeId: video.id,
      startsAt: '2026-12-01T13:00:00+01:00',
      mode: 'video',
      practitionerId: maria.id,
      preparation: 'Testa kamera och mikrofon i appen före mötet.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const jonas = await ctx.residentBrowser('jonas');
    const booked = (await jonas.get('/api/me/bookings')).json().upcoming.find((b: { id: string }) => b.id === res.json().bookingId);
    expect(booked).toMatchObject({ mode: 'video', startsAt: '2026-12-01T12:00:00.000Z', endsAt: '2026-12-01T12:20:00.000Z', practitioner: { name: 'Maria Ek' }, selfBooked: false, changeableUntil: null });
  });

  it('R-VM-5: video is refused for a type that does not offer it; bad input is refused naming the field; nothing is written', async () => {
    const opts = await options(johan);
    const doctor = opts.appointmentTypes.find((t) => t.name.sv === 'Läkarbesök')!;
    const jonas = await residentDbId(ctx.database.db, 'jonas');
    const before = await allBookings();
    const base = { appointmentTypeId: doctor.id, startsAt: '2026-12-01T09:00:00+01:00', mode: 'visit', practitionerId: null, preparation: null };
    const video = await johan.post(`/api/staff/residents/${jonas}/bookings`, { ...base, mode: 'video' });
    expect(video.statusCode).toBe(409);
    expect(video.json().error).toMatchObject({ code: 'video_not_offered', field: 'mode' });
    const past = await johan.post(`/api/staff/residents/${jonas}/bookings`, { ...base, startsAt: '2026-11-01T09:00:00+01:00' });
    expect(past.json().error.field).toBe('startsAt');
    const bupType = (await options(await ctx.staffBrowser('henrik-höök', 'BUP Gotland'))).appointmentTypes[0]!;
    expect((await johan.post(`/api/staff/residents/${jonas}/bookings`, { ...base, appointmentTypeId: bupType.id })).json().error.field).toBe('appointmentTypeId');
    const henrik = (await options(await ctx.staffBrowser('henrik-höök', 'BUP Gotland'))).practitioners[0]!;
    expect((await johan.post(`/api/staff/residents/${jonas}/bookings`, { ...base, practitionerId: henrik.id })).json().error.field).toBe('practitionerId');
    expect((await johan.post(`/api/staff/residents/${jonas}/bookings`, { ...base, mode: 'teleport' })).json().error.field).toBe('mode');
    expect(await allBookings()).toBe(before);
  });

  it('R-BK-5: a resident without a care relation to the unit cannot be booked, as if unknown', async () => {
    const opts = await options(johan);
    const res = await johan.post(`/api/staff/residents/${await residentDbId(ctx.database.db, 'lina')}/bookings`, {
      appointmentTypeId: opts.appointmentTypes[0]!.id,
      startsAt: '2026-12-01T09:00:00+01:00',
      mode: 'visit',
      practitionerId: null,
      preparation: null,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('R-BK-4: publishing self-booking times', () => {
  it('R-BK-4: staff publish times on Swedish wall-clock time, on weekdays, and residents can book them', async () => {
    const emil = await ctx.staffBrowser('emil-strand', 'Vaccinationsmottagningen Visby');
    const flu = (await options(emil)).appointmentTypes.find((t) => t.name.sv === 'Vaccination mot influensa')!;
    expect(flu.selfBookable).toBe(true);
    expect((await options(johan)).appointmentTypes.every((t) => !t.selfBookable)).toBe(true);
    const res = await emil.post('/api/staff/slots', { appointmentTypeId: flu.id, fromDate: '2026-12-14', toDate: '2026-12-20', firstStart: '13:00', lastStart: '14:00', intervalMinutes: 30, capacity: 5, weekdaysOnly: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().published).toBe(5 * 3);
    const [row] = await ctx.database.db.select().from(bookingSlots).where(eq(bookingSlots.startsAt, new Date('2026-12-14T12:00:00Z')));
    expect(row).toMatchObject({ capacity: 5, booked: 0 });
    const jonas = await ctx.residentBrowser('jonas');
    const slots = (await jonas.get(`/api/me/self-booking/${flu.id}/slots?from=2026-12-14&days=7`)).json().slots as { startsAt: string }[];
    expect(slots.map((s) => s.startsAt)).toContain('2026-12-14T12:00:00.000Z');
  });

  it('R-BK-4: a type residents may not book, another unit’s type, an upside-down range or too many times are refused', async () => {
    const emil = await ctx.staffBrowser('emil-strand', 'Vaccinationsmottagningen Visby');
    const flu = (await options(emil)).appointmentTypes.find((t) => t.name.sv === 'Vaccination mot influensa')!;
    const visbyDoctor = (await options(johan)).appointmentTypes.find((t) => t.name.sv === 'Läkarbesök')!;
    const base = { appointmentTypeId: flu.id, fromDate: '2026-12-14', toDate: '2026-12-14', firstStart: '08:00', lastStart: '09:00', intervalMinutes: 15, capacity: 1, weekdaysOnly: false };
    expect((await johan.post('/api/staff/slots', { ...base, appointmentTypeId: visbyDoctor.id })).json().error.field).toBe('appointmentTypeId');
    expect((await emil.post('/api/staff/slots', { ...base, appointmentTypeId: visbyDoctor.id })).json().error.field).toBe('appointmentTypeId');
    expect((await emil.post('/api/staff/slots', { ...base, toDate: '2026-12-13' })).json().error.field).toBe('toDate');
    const tooMany = await emil.post('/api/staff/slots', { ...base, toDate: '2027-12-31', firstStart: '00:00', lastStart: '23:55', intervalMinutes: 5 });
    expect(tooMany.json().error.code).toBe('too_many_slots');
  });

  it('R-BK-4: the start times follow Swedish time across the change to summer time', () => {
    const starts = slotStarts({ fromDate: '2027-03-27', toDate: '2027-03-29', firstStart: '09:00', lastStart: '09:00', intervalMinutes: 60, weekdaysOnly: false });
    expect(starts.map((d) => d.toISOString())).toEqual(['2027-03-27T08:00:00.000Z', '2027-03-28T07:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });
});

describe('R-BK-2, R-VM-5: appointment types are kept by administrators', () => {
  it('R-VM-5: an administrator adds a type that allows video and changes it; a taken code is refused', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const unitId = (await ctx.services.units.all()).find((u) => u.name === 'Visby vårdcentral')!.id;
    const input = { code: 'DIA', name: { sv: 'Diabetessköterska', en: 'Diabetes nurse' }, durationMinutes: 30, hidden: false, videoAllowed: false, selfBookable: false, cancelCutoffHours: 24, triage: [] };
    const created = await per.post(`/api/admin/units/${unitId}/appointment-types`, input);
    expect(created.statusCode, created.body).toBe(201);
    expect((await per.put(`/api/admin/units/${unitId}/appointment-types/${created.json().id}`, { ...input, videoAllowed: true })).statusCode).toBe(204);
    const listed = (await per.get(`/api/admin/units/${unitId}/appointment-types`)).json().appointmentTypes.find((t: { code: string }) => t.code === 'DIA');
    expect(listed).toMatchObject({ videoAllowed: true, name: { sv: 'Diabetessköterska' } });
    expect((await options(johan)).appointmentTypes.find((t) => t.name.sv === 'Diabetessköterska')!.videoAllowed).toBe(true);
    const taken = await per.post(`/api/admin/units/${unitId}/appointment-types`, { ...input, code: 'LAK' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.field).toBe('code');
  });
});
