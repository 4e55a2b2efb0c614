import { apiUpload } from '../../../../shared/api/upload.ts';
import { attachmentInfo, type AttachmentInfo } from '../../../../shared/contracts.ts';

/** POST /api/staff/conversations/:id/attachments — one JPEG, PNG or PDF of at most 10 MB, with its upload progress (R-MS-11). */
export function uploadAttachment(conversationId: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<AttachmentInfo> {
  return apiUpload(`/api/staff/conversations/${encodeURIComponent(conversationId)}/attachments`, file, { schema: attachmentInfo, onProgress, signal });
}
