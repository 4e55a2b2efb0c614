import { apiRequest } from '../../../../shared/api/client.ts';
import type { UpdateFunctionsRequest } from '../../../../shared/contracts.ts';

/** PUT /api/admin/units/:unitId/functions — which functions the unit offers (R-UN-1). */
export function updateFunctions(unitId: string, body: UpdateFunctionsRequest): Promise<void> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/functions`, { body });
}
