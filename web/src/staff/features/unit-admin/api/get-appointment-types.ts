import { apiRequest } from '../../../../shared/api/client.ts';
import { adminAppointmentTypesResponse, type AdminAppointmentTypesResponse } from '../../../../shared/contracts.ts';

/** GET /api/admin/units/:unitId/appointment-types — the unit's appointment types as administrators keep them. */
export function getAppointmentTypes(unitId: string, signal?: AbortSignal): Promise<AdminAppointmentTypesResponse> {
  return apiRequest('GET', `/api/admin/units/${encodeURIComponent(unitId)}/appointment-types`, { schema: adminAppointmentTypesResponse, signal });
}
