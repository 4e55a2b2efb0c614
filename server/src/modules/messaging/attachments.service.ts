import { and, count, eq, isNull, lt } from 'drizzle-orm';
import type { AttachmentInfo } from '../../../../contracts/messaging.ts';
import { MAX_ATTACHMENTS_PER_CONVERSATION } from '../../../../contracts/messaging.ts';
import type { VirusScannerPort } from '../../adapters/virus-scanner/virus-scanner.port.ts';
import type { Db } from '../../db/client.ts';
import { messageAttachments, messages } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type InspectedUpload, inspectUpload, type UploadInput } from './attachments/inspect-upload.ts';
import type { MessagingService, Writer } from './messaging.service.ts';

export interface StoredFile {
  name: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * The upload pipeline's verdict as the API gives it: the checked file, or a refusal naming the field
 * `file` (413 for size, 422 for content), or 503 when the scanner cannot answer.
 */
export async function checkedUpload(input: UploadInput, scanner: VirusScannerPort): Promise<InspectedUpload> {
  let inspected;
  try {
    inspected = await inspectUpload(input, scanner);
  } catch {
    throw new AppError('scanner_unavailable', 503, 'Files cannot be checked right now');
  }
  if (!inspected.ok) throw new AppError(inspected.code, inspected.code === 'attachment_too_large' ? 413 : 422, inspected.message, 'file');
  return inspected;
}

/** Files uploaded but never sent with a message are removed after a day. */
const UNSENT_KEPT_MS = 86_400_000;

/**
 * R-MS-11: files in a conversation. Every file passes the upload pipeline (type from content,
 * rebuilt, scanned) before it is stored; only those who may see the conversation may fetch it, and
 * a resident never fetches a file of an internal note.
 */
export class Attachments {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
    private readonly scanner: VirusScannerPort,
  ) {}

  async upload(writer: Writer, conversationId: string, file: { fileName: string; bytes: Uint8Array }): Promise<AttachmentInfo> {
    const row = await this.messaging.visibleTo(writer, conversationId);
    if (row.closedAt) throw new AppError('conversation_closed', 409, 'The conversation has been closed');
    const [{ n }] = (await this.db.select({ n: count() }).from(messageAttachments).where(eq(messageAttachments.conversationId, row.id))) as [{ n: number }];
    if (n >= MAX_ATTACHMENTS_PER_CONVERSATION) throw new AppError('too_many_attachments', 409, `At most ${MAX_ATTACHMENTS_PER_CONVERSATION} files per conversation`, 'file');
    const inspected = await checkedUpload({ bytes: file.bytes, fileName: file.fileName, uploader: writer.kind === 'resident' ? 'resident' : 'staff' }, this.scanner);
    const [stored] = await this.db
      .insert(messageAttachments)
      .values({
        conversationId: row.id,
        uploadedByResidentId: writer.kind === 'resident' ? writer.residentId : null,
        uploadedByStaffId: writer.kind === 'staff' ? writer.staffId : null,
        name: inspected.name,
        contentType: inspected.contentType,
        size: inspected.bytes.byteLength,
        sha256: inspected.sha256,
        content: inspected.bytes,
        createdAt: this.clock.now(),
      })
      .returning({ id: messageAttachments.id });
    return { id: stored!.id, name: inspected.name, contentType: inspected.contentType, size: inspected.bytes.byteLength };
  }

  async download(viewer: Writer, attachmentId: string): Promise<StoredFile> {
    const [row] = await this.db
      .select({ file: messageAttachments, messageKind: messages.kind })
      .from(messageAttachments)
      .leftJoin(messages, eq(messages.id, messageAttachments.messageId))
      .where(eq(messageAttachments.id, attachmentId))
      .limit(1);
    if (!row) throw notFound('The file');
    await this.messaging.visibleTo(viewer, row.file.conversationId).catch(() => {
      throw notFound('The file');
    });
    const own = viewer.kind === 'resident' ? row.file.uploadedByResidentId === viewer.residentId : row.file.uploadedByStaffId === viewer.staffId;
    const sent = row.messageKind !== null && (viewer.kind === 'staff' || row.messageKind !== 'note');
    if (!sent && !own) throw notFound('The file');
    return { name: row.file.name, contentType: row.file.contentType, content: row.file.content };
  }

  async removeUnsent(): Promise<number> {
    const rows = await this.db
      .delete(messageAttachments)
      .where(and(isNull(messageAttachments.messageId), lt(messageAttachments.createdAt, new Date(this.clock.now().getTime() - UNSENT_KEPT_MS))))
      .returning({ id: messageAttachments.id });
    return rows.length;
  }
}
