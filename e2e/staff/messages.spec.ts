import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { searchResident, signInAdmin, signInStaff } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

const johan = 'Johan Holm';
const visby = 'Visby vårdcentral';

/** Calls the API as the person signed in in `page`'s browser, with the CSRF token its cookie holds. */
async function api(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'csrf')?.value ?? '';
  return page.request.fetch(path, { method, headers: { 'x-csrf-token': csrf }, data });
}

/**
 * Jonas starts an advice chat with Visby vårdcentral, answering its questions, the way the resident
 * app does it; through the API, so this spec does not depend on the resident screens.
 */
async function jonasWrites(context: BrowserContext, message: string): Promise<{ page: Page; conversationId: string }> {
  const page = await context.newPage();
  await signInResident(page, demo.jonas);
  const options = (await (await api(page, 'GET', '/api/me/chat/start-options')).json()) as { units: { unitId: string; unitName: string }[] };
  const unit = options.units.find((u) => u.unitName === visby);
  expect(unit, 'Jonas may write to Visby vårdcentral').toBeDefined();
  const started = await api(page, 'POST', '/api/me/conversations', {
    unitId: unit?.unitId,
    errand: 'advice',
    mode: 'async',
    answers: { emergency: 'no', area: 'skin', duration: 'days' },
    message,
    clientId: randomUUID(),
  });
  expect(started.status(), await started.text()).toBe(201);
  return { page, conversationId: ((await started.json()) as { conversationId: string }).conversationId };
}

/** A small red PNG picture, made here so the spec needs no file fixtures. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 16 }, () => Buffer.from([0, ...Array.from({ length: 16 }, () => [200, 40, 40]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Portalmeny' });
const inboxRow = (page: Page, conversationId: string) => page.getByRole('listitem').filter({ has: page.locator(`a[href="/portal/meddelanden/${conversationId}"]`) });
const thread = (page: Page) => page.getByRole('log');

async function openInboxView(page: Page, view: string): Promise<void> {
  await menu(page).getByRole('link', { name: /^Meddelanden/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meddelanden' })).toBeVisible();
  const link = page.getByRole('navigation', { name: 'Inkorgens vyer' }).getByRole('link', { name: new RegExp(`^${view}`) });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}

test('R-MS-12, R-MS-6/7/8: a new chat is taken, answered with a template, noted, handed over, answered by the colleague and closed', async ({ page, newBrowserContext }) => {
  const jonas = await jonasWrites(await newBrowserContext({ viewport: mobileViewport }), 'Jag har fått utslag på armen sedan i måndags.');

  // Johan watches the unit's new conversations.
  await signInStaff(page, johan);
  await expect(menu(page).getByRole('link', { name: /^Meddelanden \d+ (nytt eller oläst|nya eller olästa)$/ })).toBeVisible();
  await openInboxView(page, 'Nya');
  await expect(page.getByText(/^\d+ nya?, äldsta väntar sedan \d\d:\d\d/)).toBeVisible();
  const row = inboxRow(page, jonas.conversationId);
  await expect(row).toContainText('Jonas Weber');
  await expect(row).toContainText('Rådgivning');
  await expect(row).toContainText('Meddelande');
  await expect(row).toContainText(/Väntat \d+ min/);
  await expect(row).toContainText('I kön för sjuksköterska');
  await expectNoSeriousA11yViolations(page, 'inbox, new');

  // Opening it shows the resident, the answers to the errand's questions and the message.
  await row.getByRole('link', { name: 'Jonas Weber' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Jonas Weber/ })).toBeVisible();
  const triage = page.getByRole('region', { name: 'Invånarens svar' });
  await expect(triage).toContainText('Vad gäller det?');
  await expect(triage).toContainText('Hud, utslag eller sår');
  await expect(triage).toContainText('Några dagar');
  await expect(thread(page)).toContainText('Jag har fått utslag på armen sedan i måndags.');
  await expect(page.getByText('Ingen har tagit samtalet ännu. Det ligger i kön för sjuksköterska.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'conversation, not taken');

  await page.getByRole('button', { name: 'Ta ärendet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du har tagit ärendet.' })).toBeVisible();
  await expect(page.getByText('Du har hand om samtalet.')).toBeVisible();
  await expect(thread(page)).toContainText('Johan Holm tog ärendet');

  // "/hej" opens the templates; Enter inserts the shared greeting with the placeholders filled in.
  const reply = page.getByRole('combobox', { name: 'Svar till Jonas Weber' });
  await reply.click();
  await reply.pressSequentially('/he');
  await expect(reply).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox', { name: 'Svarsmallar' });
  await expect(options.getByRole('option').first()).toContainText('Hälsning');
  await expect(options.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousA11yViolations(page, 'template list open');
  await reply.press('j');
  await reply.press('Enter');
  await expect(options).toBeHidden();
  await expect(reply).toHaveValue('Hej Jonas! Tack för ditt meddelande. Jag heter Johan Holm och hjälper dig i dag.');
  await reply.press('End');
  await reply.pressSequentially(' Läs om eksem och egenvård här.');

  // R-MS-11: a picture and a link go with the reply; a file that cannot be sent is said so at once.
  const files = page.getByRole('list', { name: 'Filer som skickas med' });
  const attach = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bifoga fil' }).click();
    await (await chooser).setFiles(file);
  };
  await attach({ name: 'anteckningar.txt', mimeType: 'text/plain', buffer: Buffer.from('text') });
  await expect(files).toContainText('Den sortens fil går inte att skicka.');
  await files.getByRole('button', { name: 'Ta bort anteckningar.txt' }).click();
  await attach({ name: 'egenvard.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(files).toContainText('Klar att skicka');
  await page.getByRole('button', { name: 'Lägg till länk' }).click();
  await page.getByLabel('Länkens text').fill('Eksem – 1177');
  await page.getByLabel('Adress').fill('http://www.1177.se/eksem');
  await page.getByRole('button', { name: 'Lägg till länken' }).click();
  await expect(page.getByText('Skriv en adress som börjar med https://')).toBeVisible();
  await page.getByLabel('Adress').fill('https://www.1177.se/sjukdomar--besvar/hud-har-och-naglar/eksem/');
  await page.getByRole('button', { name: 'Lägg till länken' }).click();
  await expect(page.getByRole('list', { name: 'Länkar som skickas med' })).toContainText('Eksem – 1177');

  await page.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(reply).toHaveValue('');
  const sent = thread(page).getByRole('article').filter({ hasText: 'Jag heter Johan Holm och hjälper dig i dag. Läs om eksem och egenvård här.' });
  await expect(sent).toContainText('Johan Holm, sjuksköterska');
  await expect(sent.getByRole('link', { name: /^egenvard\.png/ })).toHaveAttribute('href', /^\/api\/staff\/attachments\/[0-9a-f-]{36}$/);
  await expect(sent.getByRole('link', { name: /^Eksem – 1177/ })).toHaveAttribute('href', 'https://www.1177.se/sjukdomar--besvar/hud-har-och-naglar/eksem/');

  // An internal note: chosen first, shown apart from replies.
  const kind = page.getByRole('group', { name: 'Vad vill du skriva?' });
  await kind.getByText('Intern anteckning').click();
  await expect(kind.getByRole('radio', { name: 'Intern anteckning' })).toBeChecked();
  const note = page.getByRole('combobox', { name: 'Intern anteckning' });
  await note.fill('Utslaget ser ut att behöva läkarbedömning.');
  await page.getByRole('button', { name: 'Spara anteckning' }).click();
  const saved = thread(page).getByRole('article', { name: 'Intern anteckning – syns inte för invånaren' });
  await expect(saved).toContainText('Utslaget ser ut att behöva läkarbedömning.');
  await expectNoSeriousA11yViolations(page, 'conversation with reply and note');

  // Hand over to Maria Ek with a note that says why.
  await page.getByRole('button', { name: 'Lämna över' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lämna över samtalet' });
  await dialog.getByRole('radio', { name: 'En namngiven kollega' }).check();
  await dialog.getByRole('combobox', { name: 'Kollega' }).selectOption({ label: 'Maria Ek, läkare' });
  await dialog.getByRole('button', { name: 'Lämna över' }).click();
  await expect(dialog.getByText('Skriv en intern anteckning.')).toBeVisible();
  await dialog.getByLabel('Intern anteckning').fill('Bedöm utslaget, Jonas skickar en bild.');
  await expectNoSeriousA11yViolations(page, 'hand-over dialog');
  await dialog.getByRole('button', { name: 'Lämna över' }).click();
  await expect(dialog).toBeHidden();
  await expect(thread(page)).toContainText('Samtalet lämnades över till Maria Ek');
  await expect(page.getByText('Maria Ek, läkare, har hand om samtalet.')).toBeVisible();
  // With a colleague holding it, only notes can be written here.
  await expect(page.getByRole('radio', { name: 'Svar till invånaren' })).toBeDisabled();

  // Maria finds it among her own and answers; Johan's page shows her reply as it comes.
  const maria = await (await newBrowserContext({ viewport: desktopViewport })).newPage();
  await signInStaff(maria, demo.maria, visby);
  await openInboxView(maria, 'Mina');
  const mine = inboxRow(maria, jonas.conversationId);
  await expect(mine).toContainText('Hos dig');
  await expect(mine).toContainText('Överlämnat');
  await mine.getByRole('link', { name: 'Jonas Weber' }).click();
  await expect(thread(maria).getByRole('article', { name: 'Intern anteckning – syns inte för invånaren' }).first()).toContainText('Utslaget ser ut att behöva läkarbedömning.');
  await maria.getByRole('combobox', { name: 'Svar till Jonas Weber' }).fill('Hej Jonas, jag är läkare och tittar på bilden när den kommer.');
  await maria.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(thread(maria)).toContainText('Maria Ek, läkare');
  await expect(thread(page)).toContainText('Hej Jonas, jag är läkare och tittar på bilden när den kommer.');

  // The resident sees the replies and events, never the notes.
  const view = (await (await api(jonas.page, 'GET', `/api/me/conversations/${jonas.conversationId}`)).json()) as { messages: { kind: string; body: string }[] };
  expect(view.messages.map((m) => m.kind)).not.toContain('note');
  expect(view.messages.some((m) => m.body.startsWith('Hej Jonas! Tack för ditt meddelande.'))).toBe(true);

  await maria.getByRole('button', { name: 'Avsluta' }).click();
  const close = maria.getByRole('dialog', { name: 'Avsluta samtalet?' });
  await expectNoSeriousA11yViolations(maria, 'close dialog');
  await close.getByRole('button', { name: 'Avsluta samtalet' }).click();
  await expect(maria.getByText(/^Samtalet avslutades .+\. Invånaren kan inte skriva mer i det\.$/)).toBeVisible();
  await expect(maria.getByRole('combobox', { name: 'Svar till Jonas Weber' })).toHaveCount(0);
  await expect(thread(maria)).toContainText('Samtalet avslutades');
});

test('R-MS-12: an inbox list on screen follows a conversation a colleague holds, live', async ({ page, newBrowserContext }) => {
  const jonas = await jonasWrites(await newBrowserContext({ viewport: mobileViewport }), 'Jag undrar över mina provsvar.');
  // Maria takes it and answers: now it waits for Jonas, and it is hers.
  const maria = await (await newBrowserContext()).newPage();
  await signInStaff(maria, demo.maria, visby);
  expect((await api(maria, 'POST', `/api/staff/conversations/${jonas.conversationId}/messages`, { clientId: randomUUID(), body: 'Provsvaren är bra.' })).status()).toBe(201);

  await signInStaff(page, johan);
  await openInboxView(page, 'Väntar på invånaren');
  const row = inboxRow(page, jonas.conversationId);
  await expect(row).toBeVisible();
  // Jonas answers: the conversation waits for care again and leaves this view without a reload.
  expect((await api(jonas.page, 'POST', `/api/me/conversations/${jonas.conversationId}/messages`, { clientId: randomUUID(), body: 'Tack!' })).status()).toBe(201);
  await expect(row).toHaveCount(0);
});

test('R-MS-1: staff start a conversation from the resident overview', async ({ page }) => {
  await signInStaff(page, johan);
  await searchResident(page, residentIdentifier('jonas'));
  await page.getByRole('link', { name: 'Öppna översikt för Jonas Weber' }).click();
  await page.getByRole('button', { name: 'Skriv till invånaren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skriv till Jonas Weber' });
  await dialog.getByRole('button', { name: 'Skicka' }).click();
  await expect(dialog.getByText('Skriv ett meddelande.')).toBeVisible();
  await dialog.getByLabel('Meddelande').fill('Hej Jonas! Dina provsvar är klara och ser bra ut.');
  await expectNoSeriousA11yViolations(page, 'start conversation dialog');
  await dialog.getByRole('button', { name: 'Skicka' }).click();

  await expect(page).toHaveURL(/\/portal\/meddelanden\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /Jonas Weber/ })).toBeVisible();
  await expect(page.getByText('Du har hand om samtalet.')).toBeVisible();
  await expect(thread(page)).toContainText('Hej Jonas! Dina provsvar är klara och ser bra ut.');
  await expect(page.getByText('Startat av vården')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'conversation started by care');

  await openInboxView(page, 'Väntar på invånaren');
  await expect(page.getByRole('list', { name: 'Väntar på invånaren' })).toContainText('Startat av vården');
});

test('R-MS-9: the evaluations page shows what residents answered', async ({ page, newBrowserContext }) => {
  const jonas = await jonasWrites(await newBrowserContext({ viewport: mobileViewport }), 'Hur länge smittar förkylning?');
  await signInStaff(page, johan);
  const closed = await api(page, 'POST', `/api/staff/conversations/${jonas.conversationId}/close`);
  expect(closed.status()).toBe(204);
  const answered = await api(jonas.page, 'POST', `/api/me/conversations/${jonas.conversationId}/evaluation`, { satisfaction: 4, gotHelp: 'yes', comment: 'Snabbt och tydligt svar.' });
  expect(answered.status(), await answered.text()).toBe(204);

  await menu(page).getByRole('link', { name: 'Utvärdering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utvärdering' })).toBeVisible();
  const satisfaction = page.getByRole('region', { name: 'Hur nöjd var invånaren?' });
  await expect(satisfaction.getByRole('img', { name: /^Hur nöjd var invånaren\? Stapeldiagram/ })).toBeVisible();
  await satisfaction.getByText('Visa siffrorna som tabell').click();
  await expect(satisfaction.getByRole('row', { name: /^4\s+\d+$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fick invånaren hjälp?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Senaste kommentarerna' })).toContainText('Snabbt och tydligt svar.');
  await expectNoSeriousA11yViolations(page, 'evaluations');
});

test('R-MS-8: staff keep their own reply templates', async ({ page }) => {
  await signInStaff(page, johan);
  await menu(page).getByRole('link', { name: 'Mallar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Svarsmallar' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'Mina mallar' });
  await expect(mine).toContainText('Du har inga egna mallar ännu.');
  await expect(page.getByRole('region', { name: `Mallar för ${visby}` }).getByRole('table')).toContainText('Hälsning');
  await expectNoSeriousA11yViolations(page, 'templates page');

  await mine.getByRole('button', { name: 'Lägg till mall' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till mall' });
  await dialog.getByLabel('Rubrik').fill('Provsvar');
  await dialog.getByLabel('Kortkommando (valfritt)').fill('Prov svar');
  await dialog.getByRole('button', { name: 'Spara mall' }).click();
  await expect(dialog.getByText('Skriv mallens text.')).toBeVisible();
  await expect(dialog.getByText('Använd högst 20 små bokstäver, siffror eller bindestreck.')).toBeVisible();
  await dialog.getByLabel('Kortkommando (valfritt)').fill('prov');
  await dialog.getByLabel('Text', { exact: true }).fill('Hej {förnamn}! Dina provsvar är klara. /{mitt_namn}');
  await expectNoSeriousA11yViolations(page, 'template dialog');
  await dialog.getByRole('button', { name: 'Spara mall' }).click();
  await expect(mine.getByRole('status')).toHaveText('Mallen är tillagd.');
  await expect(mine.getByRole('row', { name: /Provsvar/ })).toContainText('/prov');

  await mine.getByRole('button', { name: 'Ändra Provsvar' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra Provsvar' });
  await edit.getByLabel('Rubrik').fill('Provsvar klara');
  await edit.getByRole('button', { name: 'Spara mall' }).click();
  await expect(mine.getByRole('status')).toHaveText('Mallen är sparad.');

  await mine.getByRole('button', { name: 'Ta bort Provsvar klara' }).click();
  const remove = page.getByRole('dialog', { name: 'Ta bort mallen Provsvar klara?' });
  await remove.getByRole('button', { name: 'Ta bort mallen' }).click();
  await expect(mine.getByRole('status')).toHaveText('Mallen är borttagen.');
  await expect(mine).toContainText('Du har inga egna mallar ännu.');
});

test('R-MS-4/5/8: the system administrator keeps the unit’s chat settings and shared templates', async ({ page }) => {
  await signInAdmin(page, demo.per, visby);
  await page.getByRole('link', { name: visby }).click();
  await expect(page.getByRole('heading', { level: 1, name: visby })).toBeVisible();

  const chat = page.getByRole('region', { name: 'Chatt' });
  const monday = chat.getByRole('group', { name: 'Måndag' });
  await expect(monday.getByLabel('Öppnar')).toHaveValue('08:00');
  await expect(monday.getByLabel('Stänger')).toHaveValue('17:00');
  await expect(chat.getByRole('switch', { name: 'Rådgivning' })).toBeChecked();
  await expect(chat.getByRole('switch', { name: 'Övrigt' })).not.toBeChecked();
  await expect(chat.getByRole('combobox', { name: 'Kö för nya chattar om rådgivning' })).toHaveValue('nurse');

  // The advice errand's questions, in the questionnaire editor.
  await chat.getByText('Frågor före chatten (3)').first().click();
  await expect(chat.getByRole('group', { name: 'Fråga 2 – Rådgivning' }).getByLabel('Frågan på svenska')).toHaveValue('Vad gäller det?');
  await expectNoSeriousA11yViolations(page, 'unit chat settings');

  // A closing time before the opening time is refused at the field.
  await monday.getByLabel('Stänger').fill('07:00');
  await chat.getByRole('button', { name: 'Spara chattinställningar' }).click();
  await expect(monday.getByText('Stängningstiden måste vara efter öppningstiden.')).toBeVisible();
  await monday.getByLabel('Stänger').fill('17:00');
  await chat.getByRole('button', { name: 'Spara chattinställningar' }).click();
  await expect(chat.getByRole('status').filter({ hasText: 'Chattinställningarna är sparade.' })).toBeVisible();

  const shared = page.getByRole('region', { name: 'Gemensamma svarsmallar' });
  await expect(shared.getByRole('table')).toContainText('Hälsning');
  await expect(shared.getByRole('table')).toContainText('/forkylning');
  await expectNoSeriousA11yViolations(page, 'unit shared templates');
});
