import { apiRequest } from '../../../../shared/api/client.ts';
import type { AppointmentTypeInput } from '../../../../shared/contracts.ts';

/** PUT /api/admin/units/:unitId/appointment-types/:typeId — change an appointment type. */
export function updateAppointmentType(unitId: string, typeId: string, body: AppointmentTypeInput): Promise<void> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/appointment-types/${encodeURIComponent(typeId)}`, { body });
}
