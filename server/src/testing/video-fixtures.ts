import { expect } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { bookings } from '../db/schema/index.ts';
import type { TestBrowser } from './test-browser.ts';
import type { TestContext } from './test-context.ts';

/** Anna's video booking of today at Visby vårdcentral (seeded to start five to ten minutes after the seed), with Johan Holm. */
export async function annaTodayVideoBooking(ctx: TestContext): Promise<string> {
  const anna = (await ctx.services.residents.findByIdentifier(ctx.database.db, (await import('./test-context.ts')).residentId('anna')))!;
  const rows = await ctx.database.db
    .select({ id: bookings.id, startsAt: bookings.startsAt })
    .from(bookings)
    .where(and(eq(bookings.residentId, anna.id), eq(bookings.mode, 'video')));
  const today = rows.filter((r) => r.startsAt.getTime() - ctx.clock.now().getTime() < 3_600_000).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (!today) throw new Error('no video booking for Anna today');
  return today.id;
}

/** Johan Holm opens the 1:1 meeting of Anna's booking of today; returns his browser and the meeting id. */
export async function johanStartsAnnasMeeting(ctx: TestContext): Promise<{ johan: TestBrowser; meetingId: string; bookingId: string }> {
  const johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
  const bookingId = await annaTodayVideoBooking(ctx);
  const res = await johan.post('/api/staff/video-meetings', { kind: 'one_to_one', bookingIds: [bookingId] });
  expect(res.statusCode, res.body).toBe(201);
  return { johan, meetingId: res.json().meetingId, bookingId };
}

/** A guest link made by `staff` for the meeting; returns its token (from the address's fragment). */
export async function guestLinkToken(staff: TestBrowser, meetingId: string, body: Record<string, unknown> = {}): Promise<{ token: string; linkId: string }> {
  const res = await staff.post(`/api/staff/video-meetings/${meetingId}/guest-links`, { role: 'interpreter', label: 'Tolk, arabiska', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return { token: res.json().url.split('#')[1], linkId: res.json().id };
}

/** A new browser that redeems the link as a guest. */
export async function guestBrowser(ctx: TestContext, token: string, name = 'Samir Haddad'): Promise<TestBrowser> {
  const guest = ctx.browser();
  await guest.get('/api/auth/session');
  const res = await guest.post('/api/auth/guest-link/redeem', { token, name });
  expect(res.statusCode, res.body).toBe(200);
  return guest;
}
