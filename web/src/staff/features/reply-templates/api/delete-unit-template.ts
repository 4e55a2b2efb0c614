import { apiRequest } from '../../../../shared/api/client.ts';

/** DELETE /api/admin/units/:unitId/templates/:templateId — remove a shared template. */
export function deleteUnitTemplate(unitId: string, templateId: string): Promise<void> {
  return apiRequest('DELETE', `/api/admin/units/${encodeURIComponent(unitId)}/templates/${encodeURIComponent(templateId)}`);
}
