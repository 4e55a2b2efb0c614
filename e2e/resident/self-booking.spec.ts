import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

const flu = 'Vaccination mot influensa';
const vaccinationUnit = 'Vaccinationsmottagningen Visby';

async function answer(page: Page, question: string, choice: 'Ja' | 'Nej'): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
}

/** From the home page: Boka tid → the flu vaccination, through the triage questions answered "no". */
async function startFluBooking(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Boka tid/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boka tid' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`${flu}.*${vaccinationUnit}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: flu })).toBeVisible();
}

async function passTriage(page: Page): Promise<void> {
  await answer(page, 'Har du feber i dag?', 'Nej');
  await answer(page, 'Har du fått en allvarlig allergisk reaktion efter en tidigare vaccination?', 'Nej');
  await answer(page, 'Tar du blodförtunnande läkemedel?', 'Nej');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Välj dag och tid' })).toBeVisible();
}

/**
 * Picks a time on the third day with free times: far enough ahead to be past the 24-hour cut-off
 * whatever the time of day the tests run, so it can be changed and cancelled in the app.
 */
async function chooseTime(page: Page, nth = 0): Promise<void> {
  await page.getByRole('group', { name: 'Dag' }).getByRole('radio').nth(2).check();
  await page.getByRole('group', { name: /^Tid / }).getByRole('radio').nth(nth).check();
}

async function chooseTimeAndBook(page: Page): Promise<void> {
  await chooseTime(page);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kontrollera och boka' })).toBeVisible();
  await page.getByRole('button', { name: 'Boka', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiden är bokad' })).toBeVisible();
}

async function cancelUpcoming(page: Page, type: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  const card = page.getByRole('region', { name: 'Kommande' }).getByRole('listitem').filter({ hasText: type }).filter({ has: page.getByRole('button', { name: 'Avboka' }) });
  await card.getByRole('button', { name: 'Avboka' }).click();
  const dialog = page.getByRole('dialog', { name: 'Avboka tiden?' });
  await expectNoSeriousA11yViolations(page, 'cancel dialog');
  await dialog.getByRole('button', { name: 'Avboka tiden' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tiden är avbokad.')).toBeVisible();
}

test('R-BK-4/R-BK-6: a resident self-books a vaccination through triage, sees it and opens the bus ticket, which operators check by code and by camera', async ({ page, newBrowserContext, browserWithCameraShowing }) => {
  await signInResident(page, demo.jonas);
  await startFluBooking(page);
  await expect(page.getByText('Steg 1 av 3')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'triage questions');

  // Nothing answered: each question says so, and focus goes to the first.
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Svara på frågan.')).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Har du feber i dag?' }).getByRole('radio', { name: 'Ja' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'triage questions with errors');

  // A fever today stops the booking with advice, and there is no way on.
  await answer(page, 'Har du feber i dag?', 'Ja');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Du kan inte boka den här tiden här' })).toBeVisible();
  await expect(page.getByText('Vänta med vaccinationen tills du har varit feberfri i ett dygn.')).toBeVisible();
  await expect(page.getByRole('link', { name: '0498-26 90 00' })).toHaveAttribute('href', 'tel:0498269000');
  await expect(page.getByRole('button', { name: 'Fortsätt' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'triage stop');

  // Back to the answers (kept), then through.
  await page.getByRole('button', { name: 'Ändra dina svar' }).click();
  await expect(page.getByRole('group', { name: 'Har du feber i dag?' }).getByRole('radio', { name: 'Ja' })).toBeChecked();
  // A follow-up appears only when its condition holds.
  await answer(page, 'Tar du blodförtunnande läkemedel?', 'Ja');
  await expect(page.getByLabel('Vilket blodförtunnande läkemedel tar du?')).toBeVisible();
  await passTriage(page);
  await expect(page.getByLabel('Vilket blodförtunnande läkemedel tar du?')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Dag' }).getByRole('radio').first()).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'choose a time');

  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Välj en tid.')).toBeVisible();
  await chooseTime(page);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText(/Du kan avboka eller ändra tiden här i appen fram till/)).toBeVisible();
  await expect(page.getByText('Visborgsallén 19, 621 81 Visby')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'confirm');
  await page.getByRole('button', { name: 'Boka', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tiden är bokad' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: flu })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lägg till i kalendern' })).toHaveAttribute('href', /\/api\/me\/bookings\/[0-9a-f-]+\/calendar\.ics$/);
  await expectNoSeriousA11yViolations(page, 'booked');

  // Among the upcoming bookings, with the bus ticket.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  const booked = page.getByRole('region', { name: 'Kommande' }).getByRole('listitem').filter({ hasText: flu });
  await expect(booked).toContainText(vaccinationUnit);
  await expect(booked).toContainText('Du kan ändra eller avboka här fram till');
  await expect(page.getByText('Vill du avboka eller ändra? Skicka ett meddelande till mottagningen.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'bookings with actions');
  await booked.getByRole('link', { name: 'Visa bussbiljett' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Bussbiljett' })).toBeVisible();
  const qr = page.getByRole('img', { name: 'QR-kod för bussbiljetten' });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(240);
  await expect(page.getByText(/^Gäller \d{1,2} [a-zåäö]+ kl\. \d{2}:\d{2}–\d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText('Biljetten visar inga personuppgifter.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'bus ticket');
  const code = (await page.locator('.vk-ticket__code code').textContent()) ?? '';
  expect(code.length).toBeGreaterThan(10);

  // The transport operator checks it without signing in.
  const operator = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await operator.goto('/biljettkontroll');
  await expect(operator.getByRole('heading', { level: 1, name: 'Kontrollera bussbiljett' })).toBeVisible();
  await expectNoSeriousA11yViolations(operator, 'ticket check');
  await operator.getByLabel('Biljettens kod').fill(code);
  await operator.getByRole('button', { name: 'Kontrollera' }).click();
  const status = operator.getByRole('heading', { level: 2, name: /^(Giltig|Inte giltig än)$/ });
  await expect(status).toBeVisible();
  await expect(operator.getByRole('heading', { name: 'Ogiltig' })).toHaveCount(0);
  await expect(operator.getByText(/^Gäller \d{1,2} [a-zåäö]+ kl\./)).toBeVisible();
  await expectNoSeriousA11yViolations(operator, 'ticket check result');

  // Another operator scans it with a phone's camera (Chromium's fake camera shows the ticket's QR code).
  const qrPicture = Buffer.from((await qr.getAttribute('src'))!.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64');
  const scanner = await (await browserWithCameraShowing(qrPicture)).newPage();
  await scanner.goto('/biljettkontroll');
  await scanner.getByRole('button', { name: 'Skanna QR-kod' }).click();
  await expect(scanner.getByRole('heading', { level: 2, name: /^(Giltig|Inte giltig än)$/ })).toBeVisible();
  await expect(scanner.getByLabel('Kamerabild')).toBeHidden();
  await expectNoSeriousA11yViolations(scanner, 'ticket scanned');

  // Cancel it, so the next run can book again.
  await cancelUpcoming(page, flu);
  await expect(page.getByRole('region', { name: 'Kommande' }).getByRole('listitem').filter({ hasText: flu }).first()).toContainText('Avbokad');
});

test('R-BK-4: a self-booked time is moved to another time', async ({ page }) => {
  await signInResident(page, demo.jonas);
  await startFluBooking(page);
  await passTriage(page);
  await chooseTimeAndBook(page);

  await page.getByRole('link', { name: 'Ändra tid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ändra tid' })).toBeVisible();
  // The time booked now is not offered again.
  await chooseTime(page, 1);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kontrollera och byt' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'rebook confirm');
  await page.getByRole('button', { name: 'Byt till den nya tiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiden är ändrad' })).toBeVisible();

  await cancelUpcoming(page, flu);
});

test('R-PX-5: a guardian books a vaccination for their child', async ({ page }) => {
  await signInResident(page, demo.anna);
  const bar = page.getByRole('region', { name: 'Vem du agerar för' });
  await bar.getByRole('button', { name: 'Byt person' }).click();
  await page.getByRole('button', { name: /Elsa Lindqvist/ }).click();
  await expect(bar).toContainText('Du agerar för Elsa Lindqvist');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
  await startFluBooking(page);
  await passTriage(page);
  await chooseTime(page);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Tiden bokas för Elsa Lindqvist.')).toBeVisible();
  await page.getByRole('button', { name: 'Boka', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiden är bokad' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  const upcoming = page.getByRole('region', { name: 'Kommande' });
  await expect(upcoming).toContainText('Uppföljande samtal via video');
  await expect(upcoming.getByRole('listitem').filter({ hasText: flu }).filter({ has: page.getByRole('button', { name: 'Avboka' }) })).toHaveCount(1);
  await cancelUpcoming(page, flu);

  await bar.getByRole('button', { name: 'Tillbaka till dig själv' }).click();
  await expect(bar).toContainText('Du agerar för dig själv');
});

test('R-BK-6: a tampered code is refused', async ({ page }) => {
  await page.goto('/biljettkontroll');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera bussbiljett' })).toBeVisible();
  await page.getByRole('button', { name: 'Kontrollera' }).click();
  await expect(page.getByText('Skriv in koden.')).toBeVisible();
  await page.getByLabel('Biljettens kod').fill('T1.eyJiIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIiwiZiI6MSwidSI6OTk5OTk5OTk5OX0.AAAAAAAAAAAAAAAAAAAAAA');
  await page.getByRole('button', { name: 'Kontrollera' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ogiltig' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'ticket check, invalid');
});
