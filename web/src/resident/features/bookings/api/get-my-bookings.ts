import { apiRequest } from '../../../../shared/api/client.ts';
import { myBookingsResponse, type MyBookingsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/bookings — upcoming and past bookings (R-BK-1). */
export function getMyBookings(signal?: AbortSignal): Promise<MyBookingsResponse> {
  return apiRequest('GET', '/api/me/bookings', { schema: myBookingsResponse, signal });
}
