/** What is stored and served: HEIC/HEIF photos are converted to JPEG, everything else keeps its type. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentContentType = (typeof ATTACHMENT_TYPES)[number];

/** A file rebuilt from its content, ready to be scanned and stored. */
export interface SanitisedFile {
  ok: true;
  contentType: AttachmentContentType;
  bytes: Uint8Array;
}
