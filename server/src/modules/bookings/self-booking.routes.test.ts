import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookingSlots, bookings } from '../../db/schema/index.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TEST_START, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(TEST_START));

const fine = { fever: 'no', allergy: 'no', anticoagulants: 'no' };
type Offer = { appointmentType: { id: string; name: { sv: string } }; bookedId: string | null };
const flu = async (browser: TestBrowser): Promise<Offer> => {
  const offers = (await browser.get('/api/me/self-booking')).json().offers as Offer[];
  return offers.find((o) => o.appointmentType.name.sv === 'Vaccination mot influensa')!;
};
type Slot = { id: string; startsAt: string; remaining: number };
/** The first free time at least two days ahead, well before the 24-hour cut-off. */
const firstFree = async (browser: TestBrowser, typeId: string) =>
  ((await browser.get(`/api/me/self-booking/${typeId}/slots`)).json().slots as Slot[]).find((s) => Date.parse(s.startsAt) > ctx.clock.now().getTime() + 48 * 3_600_000)!;
const book = (browser: TestBrowser, slotId: string, answers: Record<string, string> = fine, requestId = randomUUID()) => browser.post('/api/me/self-booking', { slotId, answers, requestId });
const slotBooked = async (slotId: string) => (await ctx.database.db.select().from(bookingSlots).where(eq(bookingSlots.id, slotId)))[0]!.booked;
const bookingsInSlot = async (slotId: string) => (await ctx.database.db.select({ n: count() }).from(bookings).where(and(eq(bookings.slotId, slotId), eq(bookings.status, 'booked'))))[0]!.n;

describe('R-BK-4: self-booking a vaccination', () => {
  it('R-BK-4: a resident who meets the criteria sees the self-bookable types and free times; one from elsewhere does not', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const offers = (await jonas.get('/api/me/self-booking')).json().offers as Offer[];
    expect(offers.map((o) => o.appointmentType.name.sv).sort()).toEqual(['Vaccination mot covid-19', 'Vaccination mot influensa']);
    const slot = await firstFree(jonas, (await flu(jonas)).appointmentType.id);
    expect(new Date(slot.startsAt).getTime()).toBeGreaterThan(TEST_START.getTime());
    expect(slot.remaining).toBe(3);
    // Registered in Stockholm: the vaccination unit's criteria say Gotland.
    const r4 = await ctx.residentBrowser('r4');
    expect((await r4.get('/api/me/self-booking')).json().offers).toEqual([]);
    const refused = await r4.get(`/api/me/self-booking/${(await flu(jonas)).appointmentType.id}/slots`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('unit_not_offered');
  });

  it('R-BK-4: the triage answers either let the resident go on or stop them with advice', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const typeId = (await flu(jonas)).appointmentType.id;
    expect((await jonas.post(`/api/me/self-booking/${typeId}/triage`, { answers: fine })).json()).toEqual({ result: 'pass' });
    const stop = (await jonas.post(`/api/me/self-booking/${typeId}/triage`, { answers: { ...fine, allergy: 'yes' } })).json();
    expect(stop).toMatchObject({ result: 'stop', questionId: 'allergy' });
    expect(stop.advice.sv).toContain('Ring vaccinationsmottagningen');
    const missing = await jonas.post(`/api/me/self-booking/${typeId}/triage`, { answers: { fever: 'no' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('answers.allergy');
  });

  it('R-BK-4: booking takes a place, shows among the bookings with its cut-off, and a retry with the same request id books nothing more', async () => {
    const lina = await ctx.residentBrowser('lina');
    const offer = await flu(lina);
    const slot = await firstFree(lina, offer.appointmentType.id);
    const requestId = randomUUID();
    const first = await book(lina, slot.id, fine, requestId);
    expect(first.statusCode, first.body).toBe(201);
    const again = await book(lina, slot.id, fine, requestId);
    expect(again.statusCode).toBe(200);
    expect(again.json().bookingId).toBe(first.json().bookingId);
    expect(await slotBooked(slot.id)).toBe(1);
    expect(await bookingsInSlot(slot.id)).toBe(1);
    const mine = (await lina.get('/api/me/bookings')).json().upcoming.find((b: { id: string }) => b.id === first.json().bookingId);
    expect(mine).toMatchObject({ selfBooked: true, mode: 'visit', unit: { name: 'Vaccinationsmottagningen Visby' } });
    expect(new Date(mine.changeableUntil).getTime()).toBe(new Date(slot.startsAt).getTime() - 24 * 3_600_000);
    expect((await flu(lina)).bookedId).toBe(first.json().bookingId);
    const second = await book(lina, (await firstFree(lina, offer.appointmentType.id)).id);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('already_booked');
  });

  it('R-BK-4: a retry of a booking that took the last place of a time answers with that booking, not "time taken"', async () => {
    const lina = await ctx.residentBrowser('lina');
    const offer = await flu(lina);
    if (offer.bookedId) await lina.post(`/api/me/bookings/${offer.bookedId}/cancel`, {});
    const slot = await firstFree(lina, offer.appointmentType.id);
    // One place left.
    await ctx.database.db.update(bookingSlots).set({ capacity: sql`${bookingSlots.booked} + 1` }).where(eq(bookingSlots.id, slot.id));
    const requestId = randomUUID();
    const first = await book(lina, slot.id, fine, requestId);
    expect(first.statusCode, first.body).toBe(201);
    // The answer was lost on the way (a process died, the network broke): the app sends the same request again.
    const again = await book(lina, slot.id, fine, requestId);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().bookingId).toBe(first.json().bookingId);
    expect(await bookingsInSlot(slot.id)).toBe(1);
    await lina.post(`/api/me/bookings/${first.json().bookingId}/cancel`, {});
  });

  it('R-BK-4: a stopping answer or a missing one books nothing', async () => {
    const maja = await ctx.residentBrowser('lina');
    const typeId = (await flu(maja)).appointmentType.id;
    const slot = await firstFree(maja, typeId);
    const before = await slotBooked(slot.id);
    const stopped = await book(maja, slot.id, { ...fine, fever: 'yes' });
    expect(stopped.statusCode).toBe(422);
    expect(stopped.json().error).toMatchObject({ code: 'triage_stopped', field: 'answers.fever' });
    const incomplete = await book(maja, slot.id, { fever: 'no' });
    expect(incomplete.statusCode).toBe(400);
    expect(await slotBooked(slot.id)).toBe(before);
  });

  it('R-BK-4: a full time cannot be booked, and the place count never passes the capacity', async () => {
    const people = ['anna', 'jonas', 'r1', 'r2'];
    const browsers = await Promise.all(people.map((p) => ctx.residentBrowser(p)));
    const typeId = (await flu(browsers[0]!)).appointmentType.id;
    const slots = (await browsers[0]!.get(`/api/me/self-booking/${typeId}/slots`)).json().slots as Slot[];
    const slot = slots.find((s) => s.remaining === 3 && Date.parse(s.startsAt) > TEST_START.getTime() + 48 * 3_600_000)!;
    const results = await Promise.all(browsers.map((b) => book(b, slot.id)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error).toMatchObject({ code: 'slot_full', field: 'slotId' });
    expect(await slotBooked(slot.id)).toBe(3);
    expect(await bookingsInSlot(slot.id)).toBe(3);
    expect((await browsers[0]!.get(`/api/me/self-booking/${typeId}/slots`)).json().slots.map((s: { id: string }) => s.id)).not.toContain(slot.id);
    for (const b of browsers) {
      const mine = (await flu(b)).bookedId;
      if (mine) expect((await b.post(`/api/me/bookings/${mine}/cancel`)).statusCode).toBe(204);
    }
  });

  it('R-BK-4: cancelling frees the place, once even when the cancel is sent again; moving takes the new place before freeing the old', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const typeId = (await flu(jonas)).appointmentType.id;
    const [a, b] = ((await jonas.get(`/api/me/self-booking/${typeId}/slots`)).json().slots as Slot[]).slice(40, 42);
    const created = (await book(jonas, a!.id)).json().bookingId;
    expect((await jonas.post(`/api/me/bookings/${created}/rebook`, { slotId: b!.id })).statusCode).toBe(204);
    expect([await slotBooked(a!.id), await slotBooked(b!.id)]).toEqual([0, 1]);
    const moved = (await jonas.get('/api/me/bookings')).json().upcoming.find((x: { id: string }) => x.id === created);
    expect(moved.startsAt).toBe(b!.startsAt);
    expect((await jonas.post(`/api/me/bookings/${created}/cancel`)).statusCode).toBe(204);
    expect(await slotBooked(b!.id)).toBe(0);
    const list = (await jonas.get('/api/me/bookings')).json();
    expect([...list.upcoming, ...list.past].find((x: { id: string }) => x.id === created)).toMatchObject({ status: 'cancelled', changeableUntil: null });
    // The answer was lost and the app sends the cancel again: done already, and the place is not freed twice.
    expect((await jonas.post(`/api/me/bookings/${created}/cancel`)).statusCode).toBe(204);
    expect(await slotBooked(b!.id)).toBe(0);
    expect((await jonas.post(`/api/me/bookings/${created}/rebook`, { slotId: a!.id })).json().error.code).toBe('booking_not_changeable');
  });

  it('R-BK-4: after the cut-off the resident cannot cancel or move in the app', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const typeId = (await flu(jonas)).appointmentType.id;
    const slot = await firstFree(jonas, typeId);
    const created = (await book(jonas, slot.id)).json().bookingId;
    ctx.clock.set(new Date(new Date(slot.startsAt).getTime() - 23 * 3_600_000));
    const later = await ctx.residentBrowser('jonas');
    const late = await later.post(`/api/me/bookings/${created}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('past_cut_off');
    expect((await later.post(`/api/me/bookings/${created}/rebook`, { slotId: slot.id })).json().error.code).toBe('past_cut_off');
    ctx.clock.set(TEST_START);
    expect((await (await ctx.residentBrowser('jonas')).post(`/api/me/bookings/${created}/cancel`)).statusCode).toBe(204);
  });

  it('R-BK-7: a booking from the EHR is not cancelled in the app; someone else’s booking is not found', async () => {
    const anna = await ctx.residentBrowser('anna');
    const ehrBooking = (await anna.get('/api/me/bookings')).json().upcoming[0];
    expect(ehrBooking.changeableUntil).toBeNull();
    expect((await anna.post(`/api/me/bookings/${ehrBooking.id}/cancel`)).json().error.code).toBe('booking_not_changeable');
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.post(`/api/me/bookings/${ehrBooking.id}/cancel`)).statusCode).toBe(404);
    expect((await jonas.post(`/api/me/bookings/${ehrBooking.id}/rebook`, { slotId: randomUUID() })).statusCode).toBe(404);
  });

  it('R-PX-5: a guardian books for their child; the booking is the child’s and the action is recorded for both', async () => {
    const anna = await ctx.residentBrowser('anna');
    const elsa = await residentDbId(ctx.database.db, 'elsa');
    await anna.post('/api/me/acting-for', { residentId: elsa });
    const typeId = (await flu(anna)).appointmentType.id;
    const created = await book(anna, (await firstFree(anna, typeId)).id);
    expect(created.statusCode, created.body).toBe(201);
    const [row] = await ctx.database.db.select().from(bookings).where(eq(bookings.id, created.json().bookingId));
    expect(row).toMatchObject({ residentId: elsa, bookedByResidentId: await residentDbId(ctx.database.db, 'anna'), source: 'self' });
    expect((await anna.get('/api/me/bookings')).json().upcoming.map((b: { id: string }) => b.id)).toContain(created.json().bookingId);
  });
});
