import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentInfo } from '../../../../contracts/messaging.ts';
import { requireResident, requireStaff } from '../../platform/auth.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { errorResponses, fileResponse } from '../../platform/route-schemas.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments/limits.ts';
import { ATTACHMENT_TYPES } from './attachments/sanitised-file.ts';
import type { Attachments, StoredFile } from './attachments.service.ts';
import type { Writer } from './messaging.service.ts';

/** Reads the one file of a multipart upload; anything larger than the limit is refused before it is read whole. */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) throw invalidField('file', 'Send the file as multipart/form-data in the field "file"');
  const part = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 } });
  if (!part || part.fieldname !== 'file') throw invalidField('file', 'Send the file in the field "file"');
  const bytes = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('attachment_too_large', 413, 'The file is larger than 10 MB', 'file');
    throw err;
  });
  return { fileName: part.filename ?? '', bytes };
}

/**
 * Files are served as downloads that can run nothing: a sandboxing CSP with no sources, no MIME
 * sniffing, never cached by shared caches, and the name encoded so it cannot break the header.
 */
export function sendFile(reply: FastifyReply, file: StoredFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.content));
}

export async function attachmentsRoutes(app: FastifyInstance, deps: { attachments: Attachments }): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 }, throwFileSizeLimit: true });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { attachments } = deps;
  const conversationParams = z.object({ conversationId: z.uuid() });
  const fileParams = z.object({ attachmentId: z.uuid() });
  const refusals = { 413: errorResponses[400], 422: errorResponses[400], 503: errorResponses[400] };
  const uploadSchema = (tags: string[]) => ({
    tags,
    summary: 'Upload a photo (JPEG, PNG) or PDF of at most 10 MB in the multipart field "file"; it is checked, rebuilt and scanned, then sent with a message by its id (R-MS-11)',
    consumes: ['multipart/form-data'],
    params: conversationParams,
    response: { 201: attachmentInfo, ...refusals, ...errorResponses },
  });
  const upload = (who: (request: FastifyRequest) => Writer) => async (request: FastifyRequest<{ Params: { conversationId: string } }>, reply: FastifyReply) =>
    reply.code(201).send(await attachments.upload(who(request), request.params.conversationId, await readUpload(request)));

  r.post('/api/me/conversations/:conversationId/attachments', { schema: uploadSchema(['Resident: messages']) }, upload(requireResident));
  r.post('/api/staff/conversations/:conversationId/attachments', { schema: uploadSchema(['Staff: messages']) }, upload(requireStaff));

  const fileSchema = (tags: string[]) => ({ tags, summary: 'Download a file of a conversation, as an attachment', params: fileParams, response: { 200: fileResponse(ATTACHMENT_TYPES), ...errorResponses } });
  r.get('/api/me/attachments/:attachmentId', { schema: fileSchema(['Resident: messages']) }, async (request, reply) => sendFile(reply, await attachments.download(requireResident(request), request.params.attachmentId)));
  r.get('/api/staff/attachments/:attachmentId', { schema: fileSchema(['Staff: messages']) }, async (request, reply) => sendFile(reply, await attachments.download(requireStaff(request), request.params.attachmentId)));
}
