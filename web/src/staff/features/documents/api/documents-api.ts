import { apiRequest } from '../../../../shared/api/client.ts';
import { apiUpload } from '../../../../shared/api/upload.ts';
import {
  documentAttachmentInfo,
  documentOptionsResponse,
  sendDocumentResponse,
  staffDocumentsResponse,
  type DocumentOptionsResponse,
  type SendDocumentRequest,
  type StaffDocument,
  type StaffDocumentsResponse,
} from '../../../../shared/contracts.ts';

const resident = (residentId: string) => `/api/staff/residents/${encodeURIComponent(residentId)}`;

/** GET …/document-options — coming visits to invite to, the unit's letter templates, the kinds it sends. */
export function getDocumentOptions(residentId: string, signal?: AbortSignal): Promise<DocumentOptionsResponse> {
  return apiRequest('GET', `${resident(residentId)}/document-options`, { schema: documentOptionsResponse, signal });
}

/** GET …/documents — what the unit sent the resident and where it went (the read is logged). */
export function getResidentDocuments(residentId: string, signal?: AbortSignal): Promise<StaffDocumentsResponse> {
  return apiRequest('GET', `${resident(residentId)}/documents`, { schema: staffDocumentsResponse, signal });
}

/** POST …/documents — sends a document; its request id makes a retry send nothing twice. */
export async function sendDocument(residentId: string, body: SendDocumentRequest): Promise<StaffDocument> {
  return (await apiRequest('POST', `${resident(residentId)}/documents`, { body, schema: sendDocumentResponse })).document;
}

/** POST /api/staff/documents/:id/agreement — R-DC-7: records how the resident wants to be invited. */
export async function recordAgreement(documentId: string, body: { channel: 'digital' | 'paper'; note: string }): Promise<StaffDocument> {
  return (await apiRequest('POST', `/api/staff/documents/${encodeURIComponent(documentId)}/agreement`, { body, schema: sendDocumentResponse })).document;
}

/** POST /api/staff/document-attachments — one PDF of at most 10 MB, checked like chat files. */
export function uploadDocumentAttachment(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  return apiUpload('/api/staff/document-attachments', file, { schema: documentAttachmentInfo, onProgress, signal });
}

/** GET /api/staff/documents/:id/pdf — the document as PDF (a download; the read is logged). */
export const staffDocumentPdfUrl = (documentId: string) => `/api/staff/documents/${encodeURIComponent(documentId)}/pdf`;
