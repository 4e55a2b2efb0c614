import { apiRequest } from '../../../../shared/api/client.ts';
import { createdBookingResponse, type StaffBookRequest } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/:id/bookings — a visit, phone call or video meeting at the active unit (R-BK-5, R-VM-5). */
export async function bookForResident(residentId: string, body: StaffBookRequest): Promise<string> {
  const created = await apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/bookings`, { body, schema: createdBookingResponse });
  return created.bookingId;
}
