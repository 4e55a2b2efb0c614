import { apiRequest } from '../../../../shared/api/client.ts';
import { replyTemplate, type ReplyTemplate, type TemplateInput } from '../../../../shared/contracts.ts';

/** POST /api/staff/templates — one of my own templates. */
export function addTemplate(body: TemplateInput): Promise<ReplyTemplate> {
  return apiRequest('POST', '/api/staff/templates', { body, schema: replyTemplate });
}
