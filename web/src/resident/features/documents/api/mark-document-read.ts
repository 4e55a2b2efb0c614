import { apiRequest } from '../../../../shared/api/client.ts';
import { readDocumentResponse } from '../../../../shared/contracts.ts';

/** POST /api/me/documents/:id/read — marks it read; the first read and its time stand. */
export function markDocumentRead(documentId: string): Promise<{ readAt: string }> {
  return apiRequest('POST', `/api/me/documents/${encodeURIComponent(documentId)}/read`, { schema: readDocumentResponse });
}
