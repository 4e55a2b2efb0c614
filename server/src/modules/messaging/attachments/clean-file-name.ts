import type { AttachmentContentType } from './sanitised-file.ts';

const EXTENSIONS: Record<AttachmentContentType, readonly [string, ...string[]]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/pdf': ['pdf'],
};
const MAX_LENGTH = 100;
/** Control characters, bidi embeddings and isolates (which make "gnp.exe" display as "exe.png"), and what file systems forbid. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]/gu;
/** Leading dots hide a file on download; trailing dots and spaces are dropped by Windows. */
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/gu;
const TRAILING_DOTS_AND_SPACES = /[\s.]+$/u;

/**
 * The name shown to the other party and offered on download: a base name only, with no characters
 * that could hide or fake its extension, and an extension that tells the type found in the content.
 */
export function cleanFileName(original: string, contentType: AttachmentContentType): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  // macOS sends å, ä and ö decomposed; stored composed they compare and display like typed names.
  const cleaned = base.normalize('NFC').replace(UNSAFE, '').replace(/\s+/gu, ' ').replace(TRAILING_DOTS_AND_SPACES, '');
  const dot = cleaned.lastIndexOf('.');
  const given = dot >= 0 ? cleaned.slice(dot + 1) : '';
  const allowed = EXTENSIONS[contentType];
  const extension = allowed.includes(given.toLowerCase()) ? given.toLowerCase() : allowed[0];
  const stem = /^[a-z0-9]{1,5}$/i.test(given) ? cleaned.slice(0, dot) : cleaned;
  const capped = Array.from(stem.replace(EDGE_DOTS_AND_SPACES, '')).slice(0, MAX_LENGTH - 1 - extension.length).join('').replace(EDGE_DOTS_AND_SPACES, '');
  return `${capped || 'bilaga'}.${extension}`;
}
