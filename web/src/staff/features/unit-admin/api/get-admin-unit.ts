import { apiRequest } from '../../../../shared/api/client.ts';
import { adminUnitDetail, type AdminUnitDetail } from '../../../../shared/contracts.ts';

/** GET /api/admin/units/:unitId — the unit with its criteria per scope, e-document exceptions and appointment types. */
export function getAdminUnit(unitId: string, signal?: AbortSignal): Promise<AdminUnitDetail> {
  return apiRequest('GET', `/api/admin/units/${encodeURIComponent(unitId)}`, { schema: adminUnitDetail, signal });
}
