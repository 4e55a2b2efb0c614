import { ApiError, failedResponseError } from '../../../../shared/api/client.ts';

/** GET /api/me/documents/:id/pdf — the address of the document as PDF (a download). */
export const documentPdfUrl = (documentId: string) => `/api/me/documents/${encodeURIComponent(documentId)}/pdf`;

/** GET /api/me/documents/:id/attachments/:attachmentId — an attached PDF, as a download. */
export const documentAttachmentUrl = (documentId: string, attachmentId: string) => `/api/me/documents/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;

/** The document's PDF bytes, for the viewer in the page. */
export async function fetchDocumentPdf(documentId: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(documentPdfUrl(documentId), { credentials: 'same-origin', signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The service could not be reached');
  }
  if (!response.ok) throw failedResponseError(response.status, await response.json().catch(() => undefined));
  return response.arrayBuffer();
}
