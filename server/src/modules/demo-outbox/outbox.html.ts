import type { LocalPush } from '../../adapters/push/local-outbox.adapter.ts';
import type { SmsMessage } from '../../adapters/sms/sms.port.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'medium' });

export const outboxCss = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4}
header{background:#24364b;color:#fff;padding:1rem 1.5rem}header h1{margin:0;font-size:1.4rem}header p{margin:.25rem 0 0}
main{padding:1rem 1.5rem;max-width:60rem}table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:2rem}
th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid #ddd;vertical-align:top}th{background:#eceae4}
.empty{background:#fff;padding:1rem;border:1px solid #ddd}`;

function table(caption: string, headings: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<h2>${escapeHtml(caption)}</h2><p class="empty">${escapeHtml(empty)}</p>`;
  const head = headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<h2>${escapeHtml(caption)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** What the embedded SMS gateway and push service would have delivered, newest first; no script, styles from a file. */
export function outboxPage(basePath: string, sms: readonly (SmsMessage & { at: Date })[] | null, pushes: readonly LocalPush[] | null): string {
  const sections = [
    sms === null ? '' : table('SMS', ['Skickat', 'Till', 'Text'], sms.map((m) => [time.format(m.at), m.to, m.text]), 'Inga SMS har skickats sedan servern startade.'),
    pushes === null ? '' : table('Pushnotiser', ['Skickad', 'Rubrik', 'Text', 'Öppnar'], pushes.map((p) => [time.format(p.at), p.payload.title, p.payload.body, p.payload.url]), 'Inga pushnotiser har skickats sedan servern startade.'),
  ].join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Utkorg – Vårdkontakten (demo)</title>
<link rel="stylesheet" href="${escapeHtml(basePath)}/outbox.css">
</head>
<body>
<header><h1>Utkorg för SMS och pushnotiser</h1><p>Demoläge: det här hade gått till invånarnas telefoner. Sidan uppdateras inte av sig själv.</p></header>
<main>
${sections}
</main>
</body>
</html>`;
}
