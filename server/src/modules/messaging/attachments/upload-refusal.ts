import { MAX_ATTACHMENT_BYTES, MAX_IMAGE_PIXELS } from './limits.ts';

export type UploadRefusalCode =
  | 'attachment_too_large'
  | 'attachment_type_not_allowed'
  | 'attachment_unreadable'
  | 'attachment_heic_unsupported'
  | 'attachment_active_content'
  | 'attachment_infected';

/** `message` is plain English for logs and API clients; the apps show their own text, chosen by `code`. */
export interface UploadRefusal {
  ok: false;
  code: UploadRefusalCode;
  message: string;
}

const messages: Record<UploadRefusalCode, string> = {
  attachment_too_large: `The file is too large: attachments can be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB and pictures at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Send a smaller picture or a screenshot.`,
  attachment_type_not_allowed: 'This kind of file cannot be sent. Send a photo (JPEG, PNG or HEIC) or a PDF.',
  attachment_unreadable: 'The file could not be read: it may be damaged, incomplete or password-protected. Save it again and send the new copy.',
  attachment_heic_unsupported: 'HEIC photos cannot be sent yet. On an iPhone, choose "Most compatible" under Settings > Camera > Formats, or send a screenshot of the photo.',
  attachment_active_content: 'The PDF contains scripts, attached files or automatic actions, so it cannot be sent. Print it to a new PDF, or send a screenshot of it.',
  attachment_infected: 'The virus scanner stopped this file, so it was not sent. Delete the file, and tell us what it showed in a message instead.',
};

export function refuse(code: UploadRefusalCode): UploadRefusal {
  return { ok: false, code, message: messages[code] };
}
