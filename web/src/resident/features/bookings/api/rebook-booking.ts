import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/me/bookings/:bookingId/rebook — moves a self-booked time to another free time of the same kind. */
export function rebookBooking({ bookingId, slotId }: { bookingId: string; slotId: string }): Promise<void> {
  return apiRequest('POST', `/api/me/bookings/${encodeURIComponent(bookingId)}/rebook`, { body: { slotId } });
}
