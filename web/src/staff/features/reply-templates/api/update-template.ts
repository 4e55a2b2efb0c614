import { apiRequest } from '../../../../shared/api/client.ts';
import { replyTemplate, type ReplyTemplate, type TemplateInput } from '../../../../shared/contracts.ts';

/** PUT /api/staff/templates/:id — change one of my own templates. */
export function updateTemplate(templateId: string, body: TemplateInput): Promise<ReplyTemplate> {
  return apiRequest('PUT', `/api/staff/templates/${encodeURIComponent(templateId)}`, { body, schema: replyTemplate });
}
