import { apiRequest } from '../../../../shared/api/client.ts';
import { residentJoinResponse } from '../../../../shared/contracts.ts';

/** POST /api/me/bookings/:bookingId/video/join — opens the way to the waiting room (R-VM-2, R-VM-4). */
export async function joinBookingMeeting(bookingId: string): Promise<string> {
  return (await apiRequest('POST', `/api/me/bookings/${encodeURIComponent(bookingId)}/video/join`, { schema: residentJoinResponse })).meetingId;
}
