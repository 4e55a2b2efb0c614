import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agreementRequest, documentAttachmentInfo, documentOptionsResponse, sendDocumentRequest, sendDocumentResponse, staffDocumentsResponse } from '../../../../contracts/documents.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, fileResponse } from '../../platform/route-schemas.ts';
import { MAX_ATTACHMENT_BYTES } from '../messaging/attachments/limits.ts';
import { readUpload, sendFile } from '../messaging/attachments.routes.ts';
import type { StaffDocuments } from './staff-documents.service.ts';
import type { DocumentSender } from './send-document.service.ts';
import { pdfFile } from './resident-documents.routes.ts';

/** R-DC-1…7: staff send documents to a resident of their unit and see where each went and why. */
export async function staffDocumentsRoutes(app: FastifyInstance, deps: { staff: StaffDocuments; sender: DocumentSender }): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 }, throwFileSizeLimit: true });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { staff, sender } = deps;
  const tags = ['Staff: documents'];
  const residentParams = z.object({ residentId: z.uuid() });
  const documentParams = z.object({ documentId: z.uuid() });
  const file = { response: { 200: fileResponse(['application/pdf']), ...errorResponses } };
  const refusals = { 413: errorResponses[400], 422: errorResponses[400], 503: errorResponses[400] };

  r.get('/api/staff/residents/:residentId/document-options', { schema: { tags, summary: 'What may be sent to the resident from your unit: coming visits to invite to, letter templates, kinds', params: residentParams, response: { 200: documentOptionsResponse, ...errorResponses } } }, async (request) =>
    staff.options(requireStaff(request), request.params.residentId, request.id),
  );
  r.get('/api/staff/residents/:residentId/documents', { schema: { tags, summary: 'Documents your unit sent the resident, with where each went and why (the read is logged)', params: residentParams, response: { 200: staffDocumentsResponse, ...errorResponses } } }, async (request) =>
    staff.list(requireStaff(request), request.params.residentId, request.id),
  );
  r.post(
    '/api/staff/residents/:residentId/documents',
    { schema: { tags, summary: 'Send an e-invitation, e-letter or referral confirmation; a repeated requestId answers with the first document (200)', params: residentParams, body: sendDocumentRequest, response: { 200: sendDocumentResponse, 201: sendDocumentResponse, ...errorResponses } } },
    async (request, reply) => {
      const result = await sender.send(requireStaff(request), request.params.residentId, request.body);
      return reply.code(result.created ? 201 : 200).send({ document: result.document });
    },
  );
  r.get('/api/staff/documents/:documentId/pdf', { schema: { tags, summary: 'A document of your unit as PDF (the read is logged)', params: documentParams, ...file } }, async (request, reply) =>
    sendFile(reply, pdfFile(await staff.pdf(requireStaff(request), request.params.documentId, request.id))),
  );
  r.get('/api/staff/documents/:documentId/attachments/:attachmentId', { schema: { tags, summary: 'A PDF attached to a document of your unit (the read is logged)', params: documentParams.extend({ attachmentId: z.uuid() }), ...file } }, async (request, reply) =>
    sendFile(reply, pdfFile(await staff.attachment(requireStaff(request), request.params.documentId, request.params.attachmentId, request.id))),
  );
  r.post('/api/staff/documents/:documentId/agreement', { schema: { tags, summary: 'R-DC-7: record how a resident with protected identity wants to be invited; the held invitation goes as agreed', params: documentParams, body: agreementRequest, response: { 200: sendDocumentResponse, ...errorResponses } } }, async (request) => ({
    document: await staff.recordAgreement(requireStaff(request), request.params.documentId, request.body),
  }));
  r.post(
    '/api/staff/document-attachments',
    { schema: { tags, summary: 'Upload a PDF of at most 10 MB (multipart field "file") to attach to an e-invitation; checked, rewritten and scanned like chat files', consumes: ['multipart/form-data'], response: { 201: documentAttachmentInfo, ...refusals, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await staff.upload(requireStaff(request), await readUpload(request))),
  );
}
