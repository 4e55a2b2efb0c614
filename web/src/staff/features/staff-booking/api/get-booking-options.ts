import { apiRequest } from '../../../../shared/api/client.ts';
import { bookingOptionsResponse, type BookingOptionsResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/booking-options — the active unit's appointment types and practitioners. */
export function getBookingOptions(signal?: AbortSignal): Promise<BookingOptionsResponse> {
  return apiRequest('GET', '/api/staff/booking-options', { schema: bookingOptionsResponse, signal });
}
