import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { searchResident, signInStaff } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

const shots = process.env.E2E_SCREENSHOTS_DIR;
const attachment = resolve(import.meta.dirname, '../support/files/infor-besoket.pdf');

test('R-DC-1, R-DC-3: staff send an e-invitation with a PDF; the resident opens it in the app, reads the PDF and downloads the attachment', async ({ page, newBrowserContext }) => {
  // Two people, two sign-ins, an upload and a PDF drawn in the browser, with axe at each step.
  test.setTimeout(150_000);
  await signInStaff(page, demo.maria, 'Visby vårdcentral');
  await searchResident(page, residentIdentifier('anna'));
  await page.getByRole('link', { name: /Öppna översikt för Anna Lindqvist/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dokument' })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka dokument' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Kallelse' }).check();
  // An earlier journey may have booked Anna a second video visit; the first one is the demo's.
  const visit = dialog.getByLabel('Besök att kalla till');
  await visit.selectOption((await visit.locator('option', { hasText: 'Videobesök' }).first().getAttribute('value'))!);
  await dialog.getByLabel('Text', { exact: true }).fill('Välkommen till ditt videobesök. Testa kamera och mikrofon i appen i förväg.');
  await dialog.getByLabel('Länktext').fill('Så fungerar videobesök');
  await dialog.getByLabel('Adress (https://)').fill('https://www.1177.se/videobesok');
  await dialog.getByRole('button', { name: 'Lägg till länk' }).click();
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'Inför besöket.pdf', mimeType: 'application/pdf', buffer: readFileSync(attachment) });
  await expect(dialog.getByRole('button', { name: 'Ta bort Inför besöket.pdf' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'send document dialog');
  if (shots) await page.screenshot({ path: `${shots}/staff-send-document.png` });
  await dialog.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.getByText('Dokumentet är skickat.')).toBeVisible();
  const sent = page.getByRole('listitem').filter({ hasText: 'Kallelse: Videobesök' });
  await expect(sent.getByText('Personen har ett konto i appen.')).toBeVisible();
  await expect(sent.getByText('I appen (1)')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'resident overview with documents');
  if (shots) await page.screenshot({ path: `${shots}/staff-documents.png`, fullPage: true });

  const resident = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(resident, demo.anna);
  await resident.getByRole('link', { name: /Dokument/ }).first().click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Dokument' })).toBeVisible();
  const card = resident.getByRole('link', { name: /Kallelse: Videobesök/ });
  await expect(card.getByText('Oläst')).toBeVisible();
  await expectNoSeriousA11yViolations(resident, 'resident documents');
  if (shots) await resident.screenshot({ path: `${shots}/resident-documents.png`, fullPage: true });
  await card.click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Kallelse: Videobesök' })).toBeVisible();
  await expect(resident.getByRole('img', { name: /Kallelse: Videobesök, Sida 1 av 1/ })).toBeVisible();
  await expect(resident.getByRole('link', { name: /Så fungerar videobesök/ })).toBeVisible();
  const download = resident.waitForEvent('download');
  await resident.getByRole('link', { name: /Ladda ner Inför besöket.pdf/ }).click();
  expect((await download).suggestedFilename()).toBe('Inför besöket.pdf');
  await expectNoSeriousA11yViolations(resident, 'resident document');
  if (shots) await resident.screenshot({ path: `${shots}/resident-document.png`, fullPage: true });
  await resident.getByRole('link', { name: 'Alla dokument' }).click();
  await expect(resident.getByRole('link', { name: /Kallelse: Videobesök/ }).getByText('Oläst')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Kallelse: Videobesök' }).getByText(/Läst av personen/)).toBeVisible();
});

test('R-DC-4: a document to a resident with a digital mailbox appears in the local mailbox service', async ({ page, newBrowserContext }) => {
  await signInStaff(page, demo.maria, 'Visby vårdcentral');
  await searchResident(page, residentIdentifier('erik'));
  await page.getByRole('link', { name: /Öppna översikt för Erik Lindqvist/ }).click();
  await page.getByRole('button', { name: 'Skicka dokument' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Remissbekräftelse' }).check();
  await dialog.getByLabel('Rubrik').fill('Remiss till fysioterapin');
  await dialog.getByLabel('Text', { exact: true }).fill('Vi har skickat en remiss till fysioterapin. De hör av sig till dig.');
  await dialog.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.getByText('Digital brevlåda: Kivra', { exact: false }).first()).toBeVisible();

  const mailbox = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await expect
    .poll(
      async () => {
        await mailbox.goto('/demo/brevlada/');
        return mailbox.getByRole('row').filter({ hasText: residentIdentifier('erik') }).filter({ hasText: 'Remissbekräftelse från Visby vårdcentral' }).count();
      },
      { timeout: 40_000, intervals: [2000] },
    )
    .toBeGreaterThan(0);
  await expect(mailbox.getByRole('heading', { level: 1, name: 'Digitala brevlådor' })).toBeVisible();
  await expectNoSeriousA11yViolations(mailbox, 'local mailbox page');
  if (shots) await mailbox.screenshot({ path: `${shots}/demo-mailbox.png`, fullPage: true });
});

test('R-DC-6, R-DC-9: staff see the print list beside incoming messages, print the selection as one PDF and mark it printed', async ({ page }) => {
  await signInStaff(page, 'Birgitta Nord');
  await page.getByRole('link', { name: 'Utskriftslista' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utskriftslista' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Yusuf Ahmed' });
  await expect(row.getByText('Får inte skickas digitalt')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'print list');
  if (shots) await page.screenshot({ path: `${shots}/staff-print-list.png`, fullPage: true });
  await page.getByRole('checkbox', { name: 'Välj alla' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Skriv ut valda/ }).click();
  expect((await download).suggestedFilename()).toBe('utskriftslista.pdf');
  await page.getByRole('button', { name: 'Markera valda som utskrivna' }).click();
  await expect(page.getByText(/markerat som utskrivet|markerade som utskrivna/)).toBeVisible();
  await expect(page.getByText('Utskriftslistan är tom.')).toBeVisible();
});
