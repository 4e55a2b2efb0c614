import { apiRequest } from '../../../../shared/api/client.ts';
import { templatesResponse, type TemplatesResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/templates — the active unit's shared templates and my own (R-MS-8). */
export function getTemplates(signal?: AbortSignal): Promise<TemplatesResponse> {
  return apiRequest('GET', '/api/staff/templates', { schema: templatesResponse, signal });
}
