import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readDocumentResponse, residentDocumentDetail, residentDocumentsResponse } from '../../../../contracts/documents.ts';
import { requireResident } from '../../platform/auth.ts';
import { errorResponses, fileResponse } from '../../platform/route-schemas.ts';
import { sendFile } from '../messaging/attachments.routes.ts';
import type { PdfFile } from './document-files.ts';
import type { ResidentDocuments } from './resident-documents.service.ts';

export const pdfFile = (f: PdfFile) => ({ name: f.name, contentType: 'application/pdf', content: f.bytes });

/** R-DC-3, R-DC-6: the resident's documents in the app, for themself or someone they act for. */
export async function residentDocumentsRoutes(app: FastifyInstance, deps: { documents: ResidentDocuments }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { documents } = deps;
  const tags = ['Resident: documents'];
  const params = z.object({ documentId: z.uuid() });
  const file = { response: { 200: fileResponse(['application/pdf']), ...errorResponses } };

  r.get('/api/me/documents', { schema: { tags, summary: 'Documents received in the app, newest first, with read marks', response: { 200: residentDocumentsResponse, ...errorResponses } } }, async (request) =>
    documents.list(requireResident(request)),
  );
  r.get('/api/me/documents/:documentId', { schema: { tags, summary: 'One document: text, links, attachments', params, response: { 200: residentDocumentDetail, ...errorResponses } } }, async (request) =>
    documents.detail(requireResident(request), request.params.documentId),
  );
  r.post('/api/me/documents/:documentId/read', { schema: { tags, summary: 'Mark the document read (the first read and its time stand)', params, response: { 200: readDocumentResponse, ...errorResponses } } }, async (request) =>
    documents.markRead(requireResident(request), request.params.documentId),
  );
  r.get('/api/me/documents/:documentId/pdf', { schema: { tags, summary: 'The document as PDF', params, ...file } }, async (request, reply) =>
    sendFile(reply, pdfFile(await documents.pdf(requireResident(request), request.params.documentId))),
  );
  r.get('/api/me/documents/:documentId/attachments/:attachmentId', { schema: { tags, summary: 'A PDF attached to the document', params: params.extend({ attachmentId: z.uuid() }), ...file } }, async (request, reply) =>
    sendFile(reply, pdfFile(await documents.attachment(requireResident(request), request.params.documentId, request.params.attachmentId))),
  );
}
