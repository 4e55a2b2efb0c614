import { apiRequest } from '../../../../shared/api/client.ts';

/** DELETE /api/staff/templates/:id — remove one of my own templates. */
export function deleteTemplate(templateId: string): Promise<void> {
  return apiRequest('DELETE', `/api/staff/templates/${encodeURIComponent(templateId)}`);
}
