import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { signInWithQr } from '../support/bankid.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { openPortal } from '../support/staff.ts';
import { xssCorpus } from '../support/xss-corpus.ts';

test.use({ viewport: mobileViewport });

const visby = 'Visby vårdcentral';
const emergencyQuestion = 'Har du svårt att andas, tryck över bröstet eller plötslig förlamning?';
/** A 1×1 PNG, small enough to write out. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
}

async function continueTo(page: Page, stepHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: stepHeading })).toBeVisible();
}

/** From the messages page through the unit and the errand, to that errand's first own step. */
async function startWriting(page: Page, errand: string, nextStep: string): Promise<void> {
  await page.getByRole('link', { name: 'Skriv till vården' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skriv till vården' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Välj mottagning' })).toBeVisible();
  await page.getByRole('radio', { name: visby }).check();
  await continueTo(page, 'Vad gäller det?');
  await page.getByRole('radio', { name: errand }).check();
  await continueTo(page, nextStep);
}

/** Live chat depends on the time of day: either offered now, or shown closed with its hours; the test writes a message either way. */
async function chooseMessage(page: Page): Promise<void> {
  const live = page.getByRole('radio', { name: 'Chatta nu' });
  await expect(live).toBeVisible();
  if (await live.isDisabled()) await expect(page.getByText('Chatten är stängd just nu.')).toBeVisible();
  await expect(page.getByText('Måndag–fredag: 08:00–17:00')).toBeVisible();
  await expect(page.getByText('Lördag–söndag: 10:00–14:00')).toBeVisible();
  await page.getByRole('radio', { name: 'Skriv ett meddelande' }).check();
}

async function openMessages(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Meddelanden/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meddelanden' })).toBeVisible();
}

/** Starts a conversation at Visby through the API (the steps themselves are tested above) and returns its id. */
async function startByApi(page: Page, errand: string, answers: Record<string, string>, message: string): Promise<string> {
  return page.evaluate(
    async ({ errand, answers, message }) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('csrf='))?.slice(5) ?? '');
      const options = (await (await fetch('/api/me/chat/start-options')).json()) as { units: { unitId: string; unitName: string }[] };
      const unitId = options.units.find((u) => u.unitName === 'Visby vårdcentral')?.unitId;
      const response = await fetch('/api/me/conversations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ unitId, errand, mode: 'async', answers, message, clientId: crypto.randomUUID() }),
      });
      return ((await response.json()) as { conversationId: string }).conversationId;
    },
    { errand, answers, message },
  );
}

/** An advice conversation, open on screen with the live connection up. */
async function openConversation(page: Page, text: string): Promise<string> {
  const id = await startByApi(page, 'advice', { emergency: 'no', area: 'skin', duration: 'days' }, text);
  await page.goto(`/meddelanden/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: visby })).toBeVisible();
  await expect(page.getByText('Ansluten')).toBeVisible();
  return id;
}

function composer(page: Page) {
  return page.getByRole('textbox', { name: 'Skriv ett svar' });
}

function chat(page: Page) {
  return page.getByRole('log', { name: 'Samtalet' });
}

/** The conversation's rows (messages, events, the answers), without the lists inside them. */
function rows(page: Page) {
  return chat(page).locator('> ol > li');
}

/** Sends with Enter and waits until the message shows as sent (the server has it). */
async function sendReply(page: Page, text: string): Promise<void> {
  const before = await rows(page).count();
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
  await expect(rows(page)).toHaveCount(before + 1);
  await expect(rows(page).last()).toContainText('Skickat');
}

test('R-MS-4/R-MS-10: Jonas writes to his health centre for advice; an emergency answer stops him with advice; the conversation opens with his answers', async ({ page }) => {
  await signInResident(page, demo.jonas);
  await openMessages(page);
  await expect(page.getByText('Du har inga meddelanden än.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'messages, empty');

  await page.getByRole('link', { name: 'Skriv till vården' }).click();
  await expect(page.getByText('Steg 1 av 4')).toBeVisible();
  await expect(page.getByText(`Du är listad på ${visby}. Andra vårdcentraler kan du inte skriva till här.`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Hemse vårdcentral' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'choose a unit');
  await page.getByRole('radio', { name: visby }).check();
  await continueTo(page, 'Vad gäller det?');

  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Välj vad det gäller.')).toBeVisible();
  for (const errand of ['Rådgivning', 'Avboka eller boka om', 'Förnya recept', 'Administrativt ärende']) await expect(page.getByRole('radio', { name: errand })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'choose an errand');
  await page.getByRole('radio', { name: 'Rådgivning' }).check();
  await continueTo(page, 'Svara på frågorna');
  await expect(page.getByText('Steg 3 av 5')).toBeVisible();

  // Nothing answered: each question says so.
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Svara på frågan.')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'questions with errors');

  // Trouble breathing stops it here, with advice to call 112, and no way on.
  await answer(page, emergencyQuestion, 'Ja');
  await continueTo(page, 'Det här kan du inte skriva om här');
  await expect(page.getByText(/Ring 112 om det är akut/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fortsätt' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'stopped with advice');

  await page.getByRole('button', { name: 'Ändra dina svar' }).click();
  await expect(page.getByRole('group', { name: emergencyQuestion }).getByRole('radio', { name: 'Ja' })).toBeChecked();
  await answer(page, emergencyQuestion, 'Nej');
  await answer(page, 'Vad gäller det?', 'Hud, utslag eller sår');
  await answer(page, 'Hur länge har du haft besvären?', 'Några dagar');
  await continueTo(page, 'Chatta nu eller skriva ett meddelande?');
  await chooseMessage(page);
  await expectNoSeriousA11yViolations(page, 'live or message');
  await continueTo(page, 'Skriv ditt meddelande');

  await expect(page.getByText('Rådgivning', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.getByText('Skriv ett meddelande.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'write the message');
  await page.getByRole('textbox', { name: 'Ditt meddelande' }).fill('Jag har fått ett kliande utslag på armen.');
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: visby })).toBeVisible();
  await expect(page.getByText('Rådgivning · Meddelande')).toBeVisible();
  const answers = rows(page).first();
  await expect(answers.getByRole('heading', { name: 'Dina svar' })).toBeVisible();
  await expect(answers).toContainText(emergencyQuestion);
  await expect(answers).toContainText('Hud, utslag eller sår');
  await expect(answers).toContainText('Några dagar');
  await expect(rows(page).last()).toContainText('Jag har fått ett kliande utslag på armen.');
  await expect(page.getByText('Ansluten')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'conversation');

  // Enter sends, Shift+Enter makes a new line; a message shows as sent only once the server has it.
  await composer(page).fill('Det började i måndags.');
  await composer(page).press('Shift+Enter');
  await composer(page).pressSequentially('Det kliar mest på kvällen.');
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  const second = rows(page).last();
  await expect(second).toContainText('Skickat');
  await expect(second.locator('.vk-chat__text')).toHaveText('Det började i måndags.\nDet kliar mest på kvällen.');
  await expect(chat(page).getByText('Skickas…')).toHaveCount(0);
  await composer(page).press('Enter');
  await expect(page.getByText('Skriv ett meddelande.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'conversation after a reply');

  // A counter near the 4000-character limit; a message over it is not sent.
  await composer(page).fill('a'.repeat(3990));
  await expect(page.getByText('10 tecken kvar')).toBeVisible();
  await composer(page).fill('a'.repeat(4010));
  await expect(page.getByText('10 tecken för mycket')).toBeVisible();
  const sentSoFar = await rows(page).count();
  await composer(page).press('Enter');
  await expect(composer(page)).not.toHaveValue('');
  await expect(rows(page)).toHaveCount(sentSoFar);
  await composer(page).fill('');

  await page.getByRole('link', { name: 'Alla meddelanden' }).click();
  const card = page.getByRole('link', { name: new RegExp(visby) }).first();
  await expect(card).toContainText('Rådgivning · Meddelande');
  await expectNoSeriousA11yViolations(page, 'messages with a conversation');
});

test('R-BK-7: Jonas asks to cancel his booked phone call and picks it among his bookings at the unit', async ({ page }) => {
  await signInResident(page, demo.jonas);
  await openMessages(page);
  await startWriting(page, 'Avboka eller boka om', 'Svara på frågorna');
  await answer(page, 'Vad vill du göra med tiden?', 'Avboka');
  await continueTo(page, 'Vilken tid gäller det?');

  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Välj en tid.')).toBeVisible();
  const phoneCall = page.getByRole('group', { name: 'Din tid' }).getByRole('radio', { name: /Telefonsamtal/ }).first();
  await expect(phoneCall).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'choose the booking');
  await phoneCall.check();

  await continueTo(page, 'Chatta nu eller skriva ett meddelande?');
  await chooseMessage(page);
  await continueTo(page, 'Skriv ditt meddelande');
  await expect(page.getByText('Avboka eller boka om', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Ditt meddelande' }).fill('Jag kan inte den dagen. Kan ni avboka tiden?');
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: visby })).toBeVisible();
  await expect(page.getByText('Avboka eller boka om · Meddelande')).toBeVisible();
  await expect(chat(page).getByText(/^Ärendet gäller din tid /)).toBeVisible();
  await expect(rows(page).first()).toContainText('Avboka');
  await expectNoSeriousA11yViolations(page, 'booking change conversation');
});

test('R-MS-11: a photo is uploaded with progress, shown by name and sent as a file to download; a web page named photo.png is refused', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedResource(422));
  await signInResident(page, demo.jonas);
  await openConversation(page, 'Jag skickar en bild på utslaget.');

  const picker = page.locator('input[type="file"]');
  await picker.setInputFiles({ name: 'utslag.png', mimeType: 'image/png', buffer: png });
  const drafts = page.getByRole('list', { name: 'Bifogade filer' });
  await expect(drafts.getByRole('listitem').filter({ hasText: 'utslag.png' })).toContainText('Klar att skicka');
  await expect(drafts.locator('img')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'a file ready to send');

  // A second file, then taken away again before sending.
  await picker.setInputFiles({ name: 'annan.png', mimeType: 'image/png', buffer: png });
  await expect(drafts.getByRole('listitem').filter({ hasText: 'annan.png' })).toContainText('Klar att skicka');
  await page.getByRole('button', { name: 'Ta bort annan.png' }).click();
  await expect(drafts.getByText('annan.png')).toHaveCount(0);

  await sendReply(page, 'Så här ser det ut i dag.');
  const file = chat(page).getByRole('link', { name: /utslag\.png/ });
  await expect(file).toBeVisible();
  await expect(file).toContainText('PNG');
  await expect(file).toHaveAttribute('download', 'utslag.png');
  const href = (await file.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/api\/me\/attachments\/[0-9a-f-]{36}$/);
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  await expect(chat(page).locator('img')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'a message with a file');

  await picker.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') });
  await expect(page.getByText(/^photo\.png: /)).toContainText('Den sortens fil går inte att skicka. Skicka en bild (JPEG eller PNG) eller en PDF.');
  await expect(page.getByRole('list', { name: 'Bifogade filer' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'a refused file');
});

test('message text is plain text: markup shows as written and runs nothing; only web addresses become links', async ({ page }) => {
  // Sending and drawing the 1,000-payload corpus takes a while on a busy machine.
  test.setTimeout(120_000);
  await signInResident(page, demo.jonas);
  const id = await openConversation(page, 'Ett samtal för att prova texter.');

  const image = '<img src=x onerror="window.__xss=1">';
  const script = '<script>window.__xss=1</script>';
  await sendReply(page, image);
  await sendReply(page, script);
  await expect(chat(page).getByText(image, { exact: true })).toBeVisible();
  await expect(chat(page).getByText(script, { exact: true })).toBeVisible();
  await expect(chat(page).locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  await sendReply(page, 'Läs https://www.1177.se/liv--halsa/ men inte javascript:alert(1)');
  const link = chat(page).getByRole('link', { name: /www\.1177\.se/ });
  await expect(link).toHaveAttribute('href', 'https://www.1177.se/liv--halsa/');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(chat(page).getByRole('link', { name: /javascript/ })).toHaveCount(0);

  // A hostile corpus of 1,000 payloads sent over HTTP, then read back from the server: all text, nothing runs.
  // Sent from another page of the app: drawing each as it arrives live is not what is tested here, and took most of a minute.
  const conversationUrl = page.url();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
  const corpus = xssCorpus(1000);
  const stored = await page.evaluate(
    async ({ id, bodies }) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('csrf='))?.slice(5) ?? '');
      let ok = 0;
      for (let i = 0; i < bodies.length; i += 20) {
        const batch = bodies.slice(i, i + 20).map((body) =>
          fetch(`/api/me/conversations/${id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ clientId: crypto.randomUUID(), body }) }),
        );
        for (const response of await Promise.all(batch)) if (response.status === 201) ok++;
      }
      return ok;
    },
    { id, bodies: corpus },
  );
  expect(stored).toBe(corpus.length);
  await page.goto(conversationUrl);
  // Sent 20 at a time, so the order among them is the server's: look for the last one anywhere.
  await expect(chat(page)).toContainText(corpus.at(-1)?.trim().slice(0, 20) ?? '');
  expect(await rows(page).count()).toBeGreaterThanOrEqual(corpus.length);
  await expect(chat(page).getByText(image, { exact: true })).toBeVisible();
  await expect(chat(page).locator('img, script, iframe, svg, object, embed, video, details, input, form, marquee, style, meta, base, link, math')).toHaveCount(0);
  for (const href of await chat(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^https:\/\//);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('R-MS-6/R-MS-9: care takes, answers and closes the chat; the resident sees it live, then evaluates it', async ({ page, newBrowserContext }) => {
  await signInResident(page, demo.jonas);
  const id = await openConversation(page, 'Behöver jag komma in och visa utslaget?');

  const staff = await (await newBrowserContext()).newPage();
  await openPortal(staff);
  await signInWithQr(staff, 'Johan Holm');
  await expect(staff.getByRole('heading', { level: 1, name: 'Logga in i Vårdportalen' })).toBeHidden();
  const careDoes = (path: string, body?: unknown) =>
    staff.evaluate(
      async ({ path, body }) => {
        const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('csrf='))?.slice(5) ?? '');
        const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body ?? {}) });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      },
      { path, body },
    );

  await careDoes(`/api/staff/conversations/${id}/take`);
  await expect(chat(page).getByText('Johan Holm, sjuksköterska, har tagit ditt ärende.')).toBeVisible();

  // Read receipts: the resident's message shows "Läst" once care has read it.
  await careDoes(`/api/staff/conversations/${id}/read`, { seq: 3 });
  await expect(rows(page).filter({ hasText: 'Behöver jag komma in' })).toContainText('Läst');

  // A reply that arrives while the resident is elsewhere counts as unread on the home page.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
  await careDoes(`/api/staff/conversations/${id}/messages`, {
    clientId: crypto.randomUUID(),
    body: 'Hej Jonas! Det låter som ett eksem. Läs mer om egenvård i länken.',
    kind: 'reply',
    links: [{ title: 'Eksem – 1177', url: 'https://www.1177.se/sjukdomar--besvar/hud-har-och-naglar/eksem/' }],
  });
  const shortcut = page.getByRole('link', { name: /^Meddelanden/ });
  await expect(shortcut).toContainText('1 oläst meddelande');
  await shortcut.click();
  await expect(page.getByRole('link', { name: new RegExp(visby) }).first()).toContainText('1 oläst');
  await page.getByRole('link', { name: new RegExp(visby) }).first().click();

  const reply = rows(page).filter({ hasText: 'Det låter som ett eksem' });
  await expect(reply).toContainText('Johan Holm, sjuksköterska');
  await expect(reply.getByRole('link', { name: /Eksem – 1177/ })).toHaveAttribute('href', 'https://www.1177.se/sjukdomar--besvar/hud-har-och-naglar/eksem/');
  await expectNoSeriousA11yViolations(page, 'a reply from care');

  await careDoes(`/api/staff/conversations/${id}/call-back`);
  await expect(chat(page).getByText('Vården kommer att ringa upp dig.')).toBeVisible();
  await careDoes(`/api/staff/conversations/${id}/close`);
  await expect(chat(page).getByText('Samtalet är avslutat.')).toBeVisible();
  await expect(composer(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Hur blev det?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'closed, with the evaluation');

  await page.getByRole('button', { name: 'Skicka svaren' }).click();
  await expect(page.getByText('Välj ett svar.')).toHaveCount(2);
  await answer(page, 'Hur nöjd är du med kontakten?', 'Ganska nöjd');
  await answer(page, 'Fick du hjälp med det du behövde?', 'Ja');
  await page.getByLabel('Vill du berätta något mer? (frivilligt)').fill('Snabbt svar, tack!');
  await page.getByRole('button', { name: 'Skicka svaren' }).click();
  await expect(page.getByText('Tack för dina svar!')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: visby })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hur blev det?' })).toHaveCount(0);
});

test('R-PX-5: a guardian writes for a child, and switching whom she acts for starts the views afresh', async ({ page }) => {
  await signInResident(page, demo.anna);
  const bar = page.getByRole('region', { name: 'Vem du agerar för' });
  await bar.getByRole('button', { name: 'Byt person' }).click();
  await page.getByRole('button', { name: /Elsa Lindqvist/ }).click();
  await expect(bar).toContainText('Du agerar för Elsa Lindqvist');

  await openMessages(page);
  await expect(page.getByText('Du ser meddelanden för Elsa Lindqvist.')).toBeVisible();
  await page.getByRole('link', { name: 'Skriv till vården' }).click();
  await expect(page.getByText('Du skriver för Elsa Lindqvist.')).toBeVisible();
  await page.getByRole('radio', { name: visby }).check();
  await continueTo(page, 'Vad gäller det?');
  await page.getByRole('radio', { name: 'Administrativt ärende' }).check();
  await expectNoSeriousA11yViolations(page, 'writing for a child');

  // Back to herself in the middle of it: nothing chosen for Elsa carries over.
  await bar.getByRole('button', { name: 'Tillbaka till dig själv' }).click();
  await expect(bar).toContainText('Du agerar för dig själv');
  await expect(page.getByRole('heading', { level: 2, name: 'Välj mottagning' })).toBeVisible();
  await expect(page.getByText('Du skriver för Elsa Lindqvist.')).toHaveCount(0);
});

test('with the live connection down, the page calmly says it reconnects, and messages are still sent', async ({ page }) => {
  // A socket that never says hello: the app treats the connection as down.
  await page.routeWebSocket('**/api/ws', () => undefined);
  await signInResident(page, demo.jonas);
  const id = await startByApi(page, 'administrative', {}, 'Jag behöver ett intyg.');
  await page.goto(`/meddelanden/${id}`);
  await expect(page.getByText('Återansluter – meddelanden skickas ändå')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'conversation, reconnecting');
  await sendReply(page, 'Det gäller ett intyg för arbetsgivaren.');
  await expect(page.getByText('Ansluten')).toHaveCount(0);
});

test('signed out everywhere while a conversation is open: that page goes to sign-in without asking for anything more', async ({ page, newBrowserContext }) => {
  const otherDevice = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(otherDevice, demo.jonas);
  await openConversation(otherDevice, 'Jag skriver från mobilen.');
  await sendReply(otherDevice, 'Och en fråga till.');
  await expect(otherDevice.getByRole('heading', { name: 'Vill du få en notis när vården svarar?' })).toBeVisible();

  await signInResident(page, demo.jonas);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: 'Logga ut på alla enheter' }).click();
  await expect(page.getByText('Du är utloggad på alla enheter.')).toBeVisible();
  await expect(otherDevice.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
});

test('a message that could not be sent is kept on the device until it is sent, and forgotten when the resident signs out', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await page.routeWebSocket('**/api/ws', () => undefined);
  await signInResident(page, demo.jonas);
  const id = await startByApi(page, 'administrative', {}, 'Jag behöver ett intyg.');
  await page.goto(`/meddelanden/${id}`);
  const pendingKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vardkontakten.pending.')));
  // The sends cannot get through: the message waits on the device.
  await page.route(`**/api/me/conversations/${id}/messages`, (route) => route.abort('internetdisconnected'));
  await composer(page).fill('Det gäller ett intyg för arbetsgivaren.');
  await composer(page).press('Enter');
  await expect.poll(pendingKeys).toHaveLength(1);

  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
  expect(await pendingKeys()).toEqual([]);
});
