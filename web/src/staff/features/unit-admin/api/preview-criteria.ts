import { apiRequest } from '../../../../shared/api/client.ts';
import { criteriaPreviewResponse, type CriteriaPreviewRequest, type CriteriaPreviewResponse } from '../../../../shared/contracts.ts';

/** POST /api/admin/units/:unitId/criteria/preview — try saved or draft criteria against a made-up resident. */
export function previewCriteria(unitId: string, body: CriteriaPreviewRequest): Promise<CriteriaPreviewResponse> {
  return apiRequest('POST', `/api/admin/units/${encodeURIComponent(unitId)}/criteria/preview`, { body, schema: criteriaPreviewResponse });
}
