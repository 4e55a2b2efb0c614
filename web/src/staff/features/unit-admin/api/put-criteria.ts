import { apiRequest } from '../../../../shared/api/client.ts';
import type { CriteriaGroup, CriteriaScope } from '../../../../shared/contracts.ts';

/** PUT /api/admin/units/:unitId/criteria/:scope — replace the criteria of the unit or of one function (R-UN-2). */
export function putCriteria(unitId: string, scope: CriteriaScope, criteria: CriteriaGroup): Promise<void> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/criteria/${scope}`, { body: { criteria } });
}
