import { type PDFDocument, PDFArray, PDFDict, PDFName, type PDFObject, PDFStream } from 'pdf-lib';

/**
 * PDF names that make a reader run code, open other files or act on its own. An /OpenAction that runs
 * JavaScript is caught by its /S /JavaScript; one that only opens a page is harmless and common.
 */
const ACTIVE = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'AA']);

/** A name runs until whitespace (NUL included) or a delimiter, so /AAPL:Keywords is not /AA. */
const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;

/** Names in the file as written, outside stream data; `#4A` escapes are decoded as a reader would. */
export function hasActiveContentInRawBytes(bytes: Uint8Array): boolean {
  const text = outsideStreamData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  for (const [, name = ''] of text.matchAll(NAME)) {
    if (ACTIVE.has(name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))) return true;
  }
  return false;
}

/**
 * Stream data is binary, and three random bytes spell "/JS" or "/AA" often enough to refuse scanned
 * letters for nothing. A forward-only walk: a lazy regex over crafted "stream" keywords is quadratic
 * (a minute for 1.4 MB). An unterminated stream is kept, so it is still searched.
 */
function outsideStreamData(text: string): string {
  const kept: string[] = [];
  const streamStart = /stream\r?\n/g;
  let at = 0;
  for (let start = streamStart.exec(text); start; start = streamStart.exec(text)) {
    const end = text.indexOf('endstream', streamStart.lastIndex);
    if (end < 0) break;
    kept.push(text.slice(at, start.index));
    at = streamStart.lastIndex = end + 'endstream'.length;
  }
  kept.push(text.slice(at));
  return kept.join(' ');
}

/** Names in every parsed object, including those unpacked from compressed object streams. */
export function hasActiveContentInObjects(document: PDFDocument): boolean {
  return document.context.enumerateIndirectObjects().some(([, object]) => containsActiveName(object));
}

function containsActiveName(object: PDFObject): boolean {
  if (object instanceof PDFName) return ACTIVE.has(object.decodeText());
  if (object instanceof PDFStream) return containsActiveName(object.dict);
  if (object instanceof PDFArray) return object.asArray().some(containsActiveName);
  if (object instanceof PDFDict) return [...object.entries()].some(([key, value]) => containsActiveName(key) || containsActiveName(value));
  return false;
}
