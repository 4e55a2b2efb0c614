import type { DeliveredMail } from '../../adapters/mailbox/local-mailbox.adapter.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

/** The inboxes of the embedded mailbox service, newest first; no script, styles from a file. */
export function mailboxPage(basePath: string, mails: readonly DeliveredMail[]): string {
  const base = escapeHtml(basePath);
  const rows = mails
    .map((m) => {
      const files = m.delivery.message.attachments.map((a, i) => `<a href="${base}/${encodeURIComponent(m.transId)}/${i}">${escapeHtml(a.filename)}</a>`).join('<br>');
      return `<tr><td>${escapeHtml(time.format(new Date(m.at)))}</td><td>${escapeHtml(m.operator)}</td><td>${escapeHtml(m.delivery.header.recipient)}</td><td>${escapeHtml(m.delivery.header.sender.name)}</td><td>${escapeHtml(m.delivery.message.header.subject)}</td><td>${files}</td></tr>`;
    })
    .join('\n');
  const body = mails.length
    ? `<table><thead><tr><th scope="col">Levererad</th><th scope="col">Brevlåda</th><th scope="col">Mottagare</th><th scope="col">Avsändare</th><th scope="col">Ämne</th><th scope="col">Filer</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : '<p class="empty">Ingen post har levererats till de digitala brevlådorna än.</p>';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Digitala brevlådor – Vårdkontakten (demo)</title>
<link rel="stylesheet" href="${base}/mailbox.css">
</head>
<body>
<header><h1>Digitala brevlådor</h1><p>Demoläge: post som levererats till invånarnas digitala brevlådor (Kivra, Min Myndighetspost, Billo). Sidan uppdateras inte av sig själv.</p></header>
<main>
${body}
</main>
</body>
</html>`;
}
