import { apiRequest } from '../../../../shared/api/client.ts';
import { adminUnitsResponse, type AdminUnitsResponse } from '../../../../shared/contracts.ts';

/** GET /api/admin/units — the units the administrator looks after, and whether they may connect more. */
export function getAdminUnits(signal?: AbortSignal): Promise<AdminUnitsResponse> {
  return apiRequest('GET', '/api/admin/units', { schema: adminUnitsResponse, signal });
}
