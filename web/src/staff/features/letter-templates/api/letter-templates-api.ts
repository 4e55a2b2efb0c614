import { apiRequest } from '../../../../shared/api/client.ts';
import { letterTemplate, letterTemplatesResponse, type LetterTemplate, type LetterTemplateInput, type LetterTemplatesResponse } from '../../../../shared/contracts.ts';

const base = (unitId: string) => `/api/admin/units/${encodeURIComponent(unitId)}/letter-templates`;

/** GET …/letter-templates — the unit's letter templates (R-DC-2). */
export function getLetterTemplates(unitId: string, signal?: AbortSignal): Promise<LetterTemplatesResponse> {
  return apiRequest('GET', base(unitId), { schema: letterTemplatesResponse, signal });
}

/** POST or PUT …/letter-templates — system administrators add and change them. */
export function saveLetterTemplate(unitId: string, templateId: string | null, body: LetterTemplateInput): Promise<LetterTemplate> {
  return templateId
    ? apiRequest('PUT', `${base(unitId)}/${encodeURIComponent(templateId)}`, { body, schema: letterTemplate })
    : apiRequest('POST', base(unitId), { body, schema: letterTemplate });
}
