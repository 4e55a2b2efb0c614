import { apiRequest } from '../../../../shared/api/client.ts';
import { staffMeResponse, type StaffMeResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/me — the staff member, their units and roles, and the active unit. */
export function getStaffMe(signal?: AbortSignal): Promise<StaffMeResponse> {
  return apiRequest('GET', '/api/staff/me', { schema: staffMeResponse, signal });
}
