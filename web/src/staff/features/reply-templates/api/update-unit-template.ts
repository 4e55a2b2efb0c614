import { apiRequest } from '../../../../shared/api/client.ts';
import { replyTemplate, type ReplyTemplate, type TemplateInput } from '../../../../shared/contracts.ts';

/** PUT /api/admin/units/:unitId/templates/:templateId — change a shared template. */
export function updateUnitTemplate(unitId: string, templateId: string, body: TemplateInput): Promise<ReplyTemplate> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/templates/${encodeURIComponent(templateId)}`, { body, schema: replyTemplate });
}
