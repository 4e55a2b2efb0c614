import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { signInStaff } from '../support/staff.ts';

test.use({ viewport: mobileViewport });

const visby = 'Visby vårdcentral';
const residentChat = (page: Page) => page.getByRole('log', { name: 'Samtalet' });
const staffThread = (page: Page) => page.getByRole('log');

async function continueTo(page: Page, stepHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: stepHeading })).toBeVisible();
}

async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
}

/** Opens the conversation from a staff member's inbox view (Jonas may have others there). */
async function openFromInbox(page: Page, view: string, conversationId: string, message: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Portalmeny' }).getByRole('link', { name: /^Meddelanden/ }).click();
  await page.getByRole('navigation', { name: 'Inkorgens vyer' }).getByRole('link', { name: new RegExp(`^${view}`) }).click();
  await page.locator(`a[href="/portal/meddelanden/${conversationId}"]`).click();
  await expect(staffThread(page)).toContainText(message);
}

test('R-MS-4/5/6/8/9: the resident answers the questions and writes; care takes it, answers with a template, hands it over; the colleague answers; the resident reads it live, resumes after being offline with nothing missing or doubled, and evaluates the closed chat', async ({ page, newBrowserContext, consoleGuard }) => {
  // While the network is cut, the page's polls fail; the browser logs each, as it should.
  consoleGuard.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  const first = 'Utslaget på armen kliar mer i dag.';
  // The resident's network can be cut: sockets are closed and new ones never answer, and the app's HTTP calls fail.
  let online = true;
  const sockets: { close: (options?: { code?: number; reason?: string }) => Promise<void> }[] = [];
  await page.routeWebSocket('**/api/ws', (ws) => {
    sockets.push(ws);
    if (online) ws.connectToServer();
  });
  await page.route('**/api/me/**', (route) => (online ? route.continue() : route.abort('internetdisconnected')));
  const setOnline = async (value: boolean) => {
    online = value;
    for (const ws of sockets.splice(0)) await ws.close({ code: 4000, reason: 'network' });
  };
  await signInResident(page, demo.jonas);
  await page.getByRole('link', { name: /^Meddelanden/ }).first().click();
  await page.getByRole('link', { name: 'Skriv till vården' }).click();
  await page.getByRole('radio', { name: visby }).check();
  await continueTo(page, 'Vad gäller det?');
  await page.getByRole('radio', { name: 'Rådgivning' }).check();
  await continueTo(page, 'Svara på frågorna');
  await answer(page, 'Har du svårt att andas, tryck över bröstet eller plötslig förlamning?', 'Nej');
  await answer(page, 'Vad gäller det?', 'Hud, utslag eller sår');
  await answer(page, 'Hur länge har du haft besvären?', 'Några dagar');
  await continueTo(page, 'Chatta nu eller skriva ett meddelande?');
  await page.getByRole('radio', { name: 'Skriv ett meddelande' }).check();
  await continueTo(page, 'Skriv ditt meddelande');
  await page.getByRole('textbox', { name: 'Ditt meddelande' }).fill(first);
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(residentChat(page)).toContainText(first);
  await expect(page.getByText('Ansluten')).toBeVisible();
  const conversationId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);

  // Johan takes it from the unit's new conversations and answers with the shared greeting.
  const johan = await (await newBrowserContext({ viewport: desktopViewport })).newPage();
  await signInStaff(johan, 'Johan Holm');
  await openFromInbox(johan, 'Nya', conversationId, first);
  await expect(johan.getByRole('region', { name: 'Invånarens svar' })).toContainText('Hud, utslag eller sår');
  await johan.getByRole('button', { name: 'Ta ärendet' }).click();
  await expect(residentChat(page)).toContainText('Johan Holm, sjuksköterska, har tagit ditt ärende.');
  const reply = johan.getByRole('combobox', { name: 'Svar till Jonas Weber' });
  await reply.click();
  await reply.pressSequentially('/hej');
  await reply.press('Enter');
  await expect(reply).toHaveValue('Hej Jonas! Tack för ditt meddelande. Jag heter Johan Holm och hjälper dig i dag.');
  await johan.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(residentChat(page)).toContainText('Jag heter Johan Holm och hjälper dig i dag.');

  // He hands it over to Maria Ek with an internal note the resident never sees.
  await johan.getByRole('button', { name: 'Lämna över' }).click();
  const dialog = johan.getByRole('dialog', { name: 'Lämna över samtalet' });
  await dialog.getByRole('radio', { name: 'En namngiven kollega' }).check();
  await dialog.getByRole('combobox', { name: 'Kollega' }).selectOption({ label: 'Maria Ek, läkare' });
  await dialog.getByLabel('Intern anteckning').fill('Behöver läkarbedömning av utslaget.');
  await dialog.getByRole('button', { name: 'Lämna över' }).click();
  await expect(residentChat(page)).toContainText('Ditt ärende har lämnats över till Maria Ek, läkare.');

  // Maria answers; the resident reads it live.
  const maria = await (await newBrowserContext({ viewport: desktopViewport })).newPage();
  await signInStaff(maria, 'Maria Ek', visby);
  await openFromInbox(maria, 'Mina', conversationId, first);
  const mariaReply = maria.getByRole('combobox', { name: 'Svar till Jonas Weber' });
  await mariaReply.fill('Hej Jonas, jag är läkare. Skicka gärna en bild på utslaget.');
  await maria.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(residentChat(page)).toContainText('Skicka gärna en bild på utslaget.');
  await expect(residentChat(page)).not.toContainText('läkarbedömning');

  // Offline: care writes twice meanwhile; back online, both arrive once and in order.
  await setOnline(false);
  await expect(page.getByText('Återansluter – meddelanden skickas ändå')).toBeVisible();
  for (const text of ['Första medan du var borta.', 'Andra medan du var borta.']) {
    await mariaReply.fill(text);
    await maria.getByRole('button', { name: 'Skicka svar' }).click();
    await expect(staffThread(maria)).toContainText(text);
  }
  await expect(residentChat(page)).not.toContainText('Första medan du var borta.');
  await setOnline(true);
  await expect(page.getByText('Ansluten')).toBeVisible();
  await expect(residentChat(page)).toContainText('Andra medan du var borta.');
  const texts = await residentChat(page).innerText();
  expect(texts.split('Första medan du var borta.').length - 1).toBe(1);
  expect(texts.split('Andra medan du var borta.').length - 1).toBe(1);
  expect(texts.indexOf('Första medan du var borta.')).toBeLessThan(texts.indexOf('Andra medan du var borta.'));
  await expectNoSeriousA11yViolations(page, 'conversation after resuming');

  // Maria closes it; the resident answers the evaluation.
  await maria.getByRole('button', { name: 'Avsluta' }).click();
  await maria.getByRole('dialog', { name: 'Avsluta samtalet?' }).getByRole('button', { name: 'Avsluta samtalet' }).click();
  await expect(residentChat(page).getByText('Samtalet är avslutat.')).toBeVisible();
  await answer(page, 'Hur nöjd är du med kontakten?', 'Ganska nöjd');
  await answer(page, 'Fick du hjälp med det du behövde?', 'Ja');
  await page.getByRole('button', { name: 'Skicka svaren' }).click();
  await expect(page.getByText('Tack för dina svar!')).toBeVisible();
});
