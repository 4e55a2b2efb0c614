import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/me/bookings/:bookingId/cancel — cancels a self-booked time before its cut-off (R-BK-4, R-BK-7). */
export function cancelBooking(bookingId: string): Promise<void> {
  return apiRequest('POST', `/api/me/bookings/${encodeURIComponent(bookingId)}/cancel`);
}
