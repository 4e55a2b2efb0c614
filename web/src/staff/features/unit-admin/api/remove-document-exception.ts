import { apiRequest } from '../../../../shared/api/client.ts';

/** DELETE /api/admin/units/:unitId/document-exceptions/:exceptionId — the documents go electronically again (R-DC-5). */
export function removeDocumentException(unitId: string, exceptionId: string): Promise<void> {
  return apiRequest('DELETE', `/api/admin/units/${encodeURIComponent(unitId)}/document-exceptions/${encodeURIComponent(exceptionId)}`);
}
