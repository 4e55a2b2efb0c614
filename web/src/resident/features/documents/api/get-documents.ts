import { apiRequest } from '../../../../shared/api/client.ts';
import { residentDocumentsResponse, type ResidentDocumentsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/documents — the documents received in the app for the person acted for, newest first. */
export function getDocuments(signal?: AbortSignal): Promise<ResidentDocumentsResponse> {
  return apiRequest('GET', '/api/me/documents', { schema: residentDocumentsResponse, signal });
}
