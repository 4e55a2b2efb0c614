/**
 * GET /api/me/bookings/:bookingId/calendar.ics — the booking as a calendar file. Not fetched by the
 * app: a plain link with `download` lets the browser save or open it (the session cookie goes along).
 */
export function calendarFileUrl(bookingId: string): string {
  return `/api/me/bookings/${encodeURIComponent(bookingId)}/calendar.ics`;
}
