/** GET /api/me/attachments/:id — the file, always as a download (the server lets it run nothing in the browser). */
export function attachmentUrl(attachmentId: string): string {
  return `/api/me/attachments/${encodeURIComponent(attachmentId)}`;
}
