import { apiRequest } from '../../../../shared/api/client.ts';
import { replyTemplate, type ReplyTemplate, type TemplateInput } from '../../../../shared/contracts.ts';

/** POST /api/admin/units/:unitId/templates — a template for everyone at the unit (system administrators). */
export function addUnitTemplate(unitId: string, body: TemplateInput): Promise<ReplyTemplate> {
  return apiRequest('POST', `/api/admin/units/${encodeURIComponent(unitId)}/templates`, { body, schema: replyTemplate });
}
