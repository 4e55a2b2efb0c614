import { apiUpload } from '../../../../shared/api/upload.ts';
import { attachmentInfo, type AttachmentInfo } from '../../../../shared/contracts.ts';

/** POST /api/me/conversations/:id/attachments — the file is checked and kept; it is sent with a message by its id (R-MS-11). */
export function uploadAttachment(conversationId: string, file: File, onProgress: (sent: number) => void, signal: AbortSignal): Promise<AttachmentInfo> {
  return apiUpload(`/api/me/conversations/${encodeURIComponent(conversationId)}/attachments`, file, { schema: attachmentInfo, onProgress, signal });
}
