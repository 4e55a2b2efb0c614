import { apiRequest } from '../../../../shared/api/client.ts';
import { residentMeetingResponse, type ResidentMeetingResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/bookings/:bookingId/video — the booking's video meeting before entering (R-VM-4). */
export function getBookingMeeting(bookingId: string, signal?: AbortSignal): Promise<ResidentMeetingResponse> {
  return apiRequest('GET', `/api/me/bookings/${encodeURIComponent(bookingId)}/video`, { schema: residentMeetingResponse, signal });
}
