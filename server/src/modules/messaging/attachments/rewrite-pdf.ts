import { PDFDocument } from 'pdf-lib';
import { hasActiveContentInObjects, hasActiveContentInRawBytes } from './pdf-active-content.ts';
import type { SanitisedFile } from './sanitised-file.ts';
import { refuse, type UploadRefusal } from './upload-refusal.ts';

/** Readers look for the end marker near the end; more after it is an appended payload, not a document. */
const EOF_WITHIN_LAST_BYTES = 1024;

/**
 * Refuses PDFs with active content, and writes the rest anew from their parsed objects: bytes appended
 * after the document, incremental updates hiding old versions and broken cross-reference tables do not
 * survive. Anything pdf-lib cannot parse is refused, because an object it skipped would be copied
 * without being checked. Encrypted PDFs are refused as unreadable: their objects cannot be checked.
 */
export async function rewritePdf(bytes: Uint8Array): Promise<SanitisedFile | UploadRefusal> {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-EOF_WITHIN_LAST_BYTES);
  if (!tail.includes('%%EOF')) return refuse('attachment_unreadable');
  if (hasActiveContentInRawBytes(bytes)) return refuse('attachment_active_content');
  try {
    const document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    if (document.getPageCount() === 0) return refuse('attachment_unreadable');
    if (hasActiveContentInObjects(document)) return refuse('attachment_active_content');
    // Without object streams every stored name is in plain sight, for the virus scanner and for anyone checking later.
    return { ok: true, contentType: 'application/pdf', bytes: await document.save({ useObjectStreams: false }) };
  } catch {
    return refuse('attachment_unreadable');
  }
}
