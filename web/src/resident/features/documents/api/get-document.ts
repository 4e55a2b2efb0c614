import { apiRequest } from '../../../../shared/api/client.ts';
import { residentDocumentDetail, type ResidentDocumentDetail } from '../../../../shared/contracts.ts';

/** GET /api/me/documents/:id — one document's text, links and attachments. */
export function getDocument(documentId: string, signal?: AbortSignal): Promise<ResidentDocumentDetail> {
  return apiRequest('GET', `/api/me/documents/${encodeURIComponent(documentId)}`, { schema: residentDocumentDetail, signal });
}
