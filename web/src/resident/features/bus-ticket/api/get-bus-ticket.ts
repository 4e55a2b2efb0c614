import { apiRequest } from '../../../../shared/api/client.ts';
import { busTicket, type BusTicket } from '../../../../shared/contracts.ts';

/** GET /api/me/bookings/:bookingId/ticket — the bus ticket for a booked visit (R-BK-6). */
export function getBusTicket(bookingId: string, signal?: AbortSignal): Promise<BusTicket> {
  return apiRequest('GET', `/api/me/bookings/${encodeURIComponent(bookingId)}/ticket`, { schema: busTicket, signal });
}
