import type { DemoIdentity } from '../../seed/demo-people.ts';

/** Server-rendered pages of the Test-BankID app: plain forms, no script, styles from app.css (the CSP allows nothing inline). */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** YYYYMMDDNNNC → YYYYMMDD-NNNC, the way a person reads it. */
const formatPersonalNumber = (pnr: string) => (/^\d{12}$/.test(pnr) ? `${pnr.slice(0, 8)}-${pnr.slice(8)}` : pnr);

function layout(basePath: string, title: string, main: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Test-BankID</title>
<link rel="stylesheet" href="${escapeHtml(basePath)}/app.css">
</head>
<body>
<header class="banner">
<p class="brand">Test-BankID</p>
<p class="note">Simulator för utveckling och test – ingen riktig legitimering</p>
</header>
<main>
${main}
</main>
</body>
</html>`;
}

const errorBox = (id: string, message: string) =>
  `<div class="error" role="alert" id="${id}"><p>${escapeHtml(message)}</p></div>`;

export function startPage(p: { basePath: string; qrData?: string; error?: string }): string {
  const describedBy = p.error ? 'qr-hint qr-error' : 'qr-hint';
  return layout(
    p.basePath,
    'Öppna en order',
    `<h1>Öppna en order</h1>
<p>Tjänsten visar en QR-kod som byts varje sekund. Kopiera QR-kodens innehåll och klistra in det här, så öppnas ordern som om du hade skannat koden.</p>
${p.error ? errorBox('qr-error', p.error) : ''}
<form class="card" method="post" action="${escapeHtml(p.basePath)}/app/open">
<label for="qrData">QR-kodens innehåll</label>
<p class="hint" id="qr-hint">Börjar med ”bankid.”. Kopiera den senaste koden precis innan du klistrar in.</p>
<input type="text" id="qrData" name="qrData" required autocomplete="off" spellcheck="false" autocapitalize="off" aria-describedby="${describedBy}"${p.error ? ' aria-invalid="true"' : ''} value="${escapeHtml(p.qrData ?? '')}">
<div class="actions"><button type="submit" class="primary">Öppna</button></div>
</form>`,
  );
}

export function orderPage(p: {
  basePath: string;
  appRef: string;
  redirect?: string;
  identities: DemoIdentity[];
  requiredPersonalNumber?: string;
  userVisibleText?: string;
  error?: string;
}): string {
  const base = escapeHtml(p.basePath);
  const people = p.identities
    .map((person) => {
      const id = `person-${escapeHtml(person.personalNumber)}`;
      return `<li>
<input type="radio" id="${id}" name="personalNumber" value="${escapeHtml(person.personalNumber)}" required aria-describedby="${id}-info">
<label for="${id}">${escapeHtml(`${person.givenName} ${person.surname}`)}</label>
<span class="info" id="${id}-info">${escapeHtml(formatPersonalNumber(person.personalNumber))} · ${escapeHtml(person.label)}</span>
</li>`;
    })
    .join('\n');
  const choice =
    p.identities.length > 0
      ? `<fieldset>
<legend>Välj vem du legitimerar dig som</legend>
<ul class="identities">
${people}
</ul>
</fieldset>`
      : `<p>Tjänsten kräver personnummer ${escapeHtml(formatPersonalNumber(p.requiredPersonalNumber ?? ''))}, som ingen av testpersonerna har. Du kan bara avbryta.</p>`;
  return layout(
    p.basePath,
    'Legitimera dig',
    `<h1>Legitimera dig</h1>
${p.error ? errorBox('order-error', p.error) : ''}
${p.userVisibleText ? `<section class="card" aria-labelledby="visible-data-heading"><h2 id="visible-data-heading">Meddelande från tjänsten</h2><p class="visible-data">${escapeHtml(p.userVisibleText)}</p></section>` : ''}
<form class="card" method="post" action="${base}/app/approve">
<input type="hidden" name="ref" value="${escapeHtml(p.appRef)}">
${p.redirect ? `<input type="hidden" name="redirect" value="${escapeHtml(p.redirect)}">` : ''}
${choice}
<div class="actions">
${p.identities.length > 0 ? '<button type="submit" class="primary">Legitimera</button>' : ''}
<button type="submit" class="secondary" formaction="${base}/app/cancel" formnovalidate>Avbryt</button>
<button type="submit" class="secondary" formaction="${base}/app/start-failed" formnovalidate>Simulera: appen kunde inte starta</button>
</div>
</form>`,
  );
}

export function donePage(p: { basePath: string; message: string }): string {
  return layout(
    p.basePath,
    'Klart',
    `<h1>Klart — gå tillbaka till webbläsaren</h1>
<p>${escapeHtml(p.message)}</p>`,
  );
}

export function errorPage(p: { basePath: string; title: string; message: string }): string {
  return layout(
    p.basePath,
    p.title,
    `<h1>${escapeHtml(p.title)}</h1>
${errorBox('page-error', p.message)}
<p><a href="${escapeHtml(p.basePath)}/app">Till Test-BankID:s startsida</a></p>`,
  );
}
