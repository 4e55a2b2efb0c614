import { createHash } from 'node:crypto';
import type { VirusScannerPort } from '../../../adapters/virus-scanner/virus-scanner.port.ts';
import { cleanFileName } from './clean-file-name.ts';
import { detectKind } from './detect-kind.ts';
import { MAX_ATTACHMENT_BYTES } from './limits.ts';
import { reencodeImage } from './reencode-image.ts';
import { rewritePdf } from './rewrite-pdf.ts';
import type { AttachmentContentType } from './sanitised-file.ts';
import { refuse, type UploadRefusal } from './upload-refusal.ts';

export { MAX_ATTACHMENT_BYTES } from './limits.ts';
export type { AttachmentContentType } from './sanitised-file.ts';
export type { UploadRefusal, UploadRefusalCode } from './upload-refusal.ts';

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  /** Who may send which types is decided here; today residents and staff may both send photos and PDFs. */
  uploader: 'resident' | 'staff';
}

export interface InspectedUpload {
  ok: true;
  name: string;
  contentType: AttachmentContentType;
  /** The rebuilt file, never the uploaded bytes. */
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/**
 * The one way a chat attachment gets in: size first, then the type from the content, then the file is
 * rebuilt (photos re-encoded, PDFs checked and rewritten), and what would be stored is virus-scanned.
 * A scanner that cannot answer rejects, and so does this: an unscanned file must not be stored.
 */
export async function inspectUpload(input: UploadInput, scanner: VirusScannerPort): Promise<InspectedUpload | UploadRefusal> {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) return refuse('attachment_too_large');
  const kind = detectKind(input.bytes);
  if (!kind) return refuse('attachment_type_not_allowed');
  const file = kind === 'pdf' ? await rewritePdf(input.bytes) : await reencodeImage(input.bytes, kind);
  if (!file.ok) return file;
  if (!(await scanner.scan(file.bytes)).clean) return refuse('attachment_infected');
  return {
    ok: true,
    name: cleanFileName(input.fileName, file.contentType),
    contentType: file.contentType,
    bytes: file.bytes,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
  };
}
