import { apiRequest } from '../../../../shared/api/client.ts';
import { createdResponse, type AddDocumentExceptionRequest } from '../../../../shared/contracts.ts';

/** POST /api/admin/units/:unitId/document-exceptions — documents of a kind that always go on paper (R-DC-5). */
export async function addDocumentException(unitId: string, body: AddDocumentExceptionRequest): Promise<string> {
  const created = await apiRequest('POST', `/api/admin/units/${encodeURIComponent(unitId)}/document-exceptions`, { body, schema: createdResponse });
  return created.id;
}
