import { apiRequest } from '../../../../shared/api/client.ts';
import { templatesResponse, type TemplatesResponse } from '../../../../shared/contracts.ts';

/** GET /api/admin/units/:unitId/templates — the unit's shared templates, for its administrators. */
export function getUnitTemplates(unitId: string, signal?: AbortSignal): Promise<TemplatesResponse> {
  return apiRequest('GET', `/api/admin/units/${encodeURIComponent(unitId)}/templates`, { schema: templatesResponse, signal });
}
