import { apiRequest } from '../../../../shared/api/client.ts';
import { connectUnitResponse, type AppointmentTypeInput } from '../../../../shared/contracts.ts';

/** POST /api/admin/units/:unitId/appointment-types — a new appointment type (R-BK-2, R-BK-4, R-VM-5). */
export async function addAppointmentType(unitId: string, body: AppointmentTypeInput): Promise<string> {
  const created = await apiRequest('POST', `/api/admin/units/${encodeURIComponent(unitId)}/appointment-types`, { body, schema: connectUnitResponse });
  return created.id;
}
