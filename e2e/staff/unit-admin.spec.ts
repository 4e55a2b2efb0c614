import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { signInAdmin } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

const chatText = 'Chatta med mottagningen';

/** The resident's card for a unit on "Mina mottagningar". */
const residentCard = (page: Page, unit: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: unit, exact: true }) });
/** The criteria card of one scope ("Hela enheten", "Chatt", …) on a unit's admin page. */
const criteriaCard = (page: Page, scope: string) =>
  page
    .getByRole('region', { name: 'Villkor för invånare' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: scope, exact: true }) });

async function openMyClinics(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mottagningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina mottagningar' })).toBeVisible();
}

test('R-UN-1/R-UN-2: an administrator enables chat for a unit with an age criterion; a resident outside it no longer sees that unit’s chat', async ({ page, newBrowserContext }) => {
  await signInAdmin(page, demo.eva);
  await expect(page.getByRole('table')).toContainText('BUP Gotland');
  await expectNoSeriousA11yViolations(page, 'units list');
  await page.getByRole('link', { name: 'BUP Gotland' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BUP Gotland' })).toBeVisible();
  await expect(page.getByText('SE2321000198-E005')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unit page');

  const functions = page.getByRole('region', { name: 'Funktioner' });
  await functions.getByRole('checkbox', { name: 'Chatt' }).check();
  await functions.getByRole('button', { name: 'Spara funktioner' }).click();
  await expect(functions.getByRole('status')).toHaveText('Funktionerna är sparade.');

  const jonas = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(jonas, demo.jonas);
  await openMyClinics(jonas);
  await expect(residentCard(jonas, 'BUP Gotland')).toContainText(chatText);

  // Chat now has its own criteria card; at first it admits everyone.
  const chat = criteriaCard(page, 'Chatt');
  await expect(chat).toContainText('Alla invånare');
  await chat.getByRole('button', { name: 'Ändra villkor Chatt' }).click();
  await chat.getByRole('button', { name: 'Lägg till villkor', exact: true }).click();
  await expect(chat.getByLabel('Typ av villkor')).toBeFocused();
  await chat.getByLabel('Typ av villkor').selectOption({ label: 'Ålder' });
  await chat.getByLabel('Högsta ålder (år)').fill('17');
  await expectNoSeriousA11yViolations(page, 'criteria editor');
  await chat.getByRole('button', { name: 'Spara villkor' }).click();
  await expect(chat).toContainText('Invånare som är högst 17 år');
  await expect(chat.getByRole('status')).toHaveText('Villkoren är sparade.');
  await expect(chat.getByRole('button', { name: 'Ändra villkor Chatt' })).toBeFocused();

  // Jonas (34) is outside the criterion: BUP Gotland no longer offers him chat.
  await jonas.reload();
  await expect(residentCard(jonas, 'Visby vårdcentral')).toBeVisible();
  await expect(residentCard(jonas, 'BUP Gotland').getByText(chatText)).toHaveCount(0);

  // Oskar (14) meets it: Anna, acting for him, sees the chat.
  const anna = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(anna, demo.anna);
  const bar = anna.getByRole('region', { name: 'Vem du agerar för' });
  await bar.getByRole('button', { name: 'Byt person' }).click();
  await anna.getByRole('button', { name: /Oskar Lindqvist/ }).click();
  await expect(bar).toContainText('Du agerar för Oskar Lindqvist');
  await openMyClinics(anna);
  await expect(residentCard(anna, 'BUP Gotland')).toContainText(chatText);
  await expectNoSeriousA11yViolations(anna, 'my clinics, acting for a child');

  // Put BUP Gotland back as it was, so other tests are unaffected.
  await chat.getByRole('button', { name: 'Ändra villkor Chatt' }).click();
  await chat.getByRole('button', { name: 'Ta bort villkoret 1' }).click();
  await chat.getByRole('button', { name: 'Spara villkor' }).click();
  await expect(chat).toContainText('Alla invånare');
  await functions.getByRole('checkbox', { name: 'Chatt' }).uncheck();
  await functions.getByRole('button', { name: 'Spara funktioner' }).click();
  await expect(functions.getByRole('status')).toHaveText('Funktionerna är sparade.');
  await expect(criteriaCard(page, 'Chatt')).toHaveCount(0);
});

test('R-UN-2: trying an unsaved age criterion against a 30-year-old says it is not met', async ({ page }) => {
  await signInAdmin(page, demo.per, 'Hemse vårdcentral');
  await page.getByRole('link', { name: 'Hemse vårdcentral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hemse vårdcentral' })).toBeVisible();

  const unit = criteriaCard(page, 'Hela enheten');
  await unit.getByRole('button', { name: 'Ändra villkor Hela enheten' }).click();
  await unit.getByRole('button', { name: 'Lägg till villkor', exact: true }).click();
  await unit.getByLabel('Högsta ålder (år)').fill('17');

  const preview = page.getByRole('region', { name: 'Testa mot en invånare' });
  await expect(preview).toContainText('det osparade utkastet testas');
  const thirtyYearsAgo = new Date(Date.now() - 30.5 * 365.25 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await preview.getByLabel('Födelsedatum').fill(thirtyYearsAgo);
  await preview.getByRole('button', { name: 'Testa' }).click();
  await expect(preview.getByRole('heading', { name: 'Uppfyller inte villkoren' })).toBeVisible();
  await expect(preview).toContainText('Inte uppfyllt: Högst 17 år');
  await expectNoSeriousA11yViolations(page, 'criteria preview');

  // Without the draft, the saved criteria (none) admit the same resident.
  await unit.getByRole('button', { name: 'Avbryt' }).click();
  await expect(unit).toContainText('Alla invånare');
  await preview.getByRole('button', { name: 'Testa' }).click();
  await expect(preview.getByRole('heading', { name: 'Uppfyller villkoren' })).toBeVisible();
});

test('R-UN-1: connecting a unit explains a refused postal code at that field, and then opens the new unit', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedResource(400));
  await signInAdmin(page, demo.eva);
  await page.getByRole('link', { name: 'Anslut enhet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anslut enhet' })).toBeVisible();

  await page.getByRole('button', { name: 'Anslut enheten' }).click();
  await expect(page.getByLabel('HSA-id')).toBeFocused();
  await expect(page.getByLabel('HSA-id')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'connect unit, empty');

  await page.getByLabel('HSA-id').fill('SE2321000198-E042');
  await page.getByLabel('Enhetens namn').fill('Fårö hälsostation');
  await page.getByLabel('Typ av enhet').selectOption({ label: 'Vårdcentral' });
  await page.getByLabel('Gatuadress').fill('Fårövägen 1');
  await page.getByLabel('Postnummer').fill('62 34');
  await page.getByLabel('Ort', { exact: true }).fill('Fårö');
  await page.getByLabel('Telefonnummer').fill('0498-22 40 00');
  await page.getByRole('checkbox', { name: 'Chatt' }).check();
  await page.getByRole('button', { name: 'Anslut enheten' }).click();

  const postalCode = page.getByLabel('Postnummer');
  await expect(postalCode).toHaveAttribute('aria-invalid', 'true');
  await expect(postalCode).toBeFocused();
  await expect(page.getByText('Ange ett postnummer med fem siffror, till exempel 621 84.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'connect unit, refused postal code');

  await postalCode.fill('624 66');
  await page.getByRole('button', { name: 'Anslut enheten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fårö hälsostation' })).toBeVisible();
  await expect(page).toHaveURL(/\/portal\/admin\/enheter\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Funktioner' }).getByRole('checkbox', { name: 'Chatt' })).toBeChecked();
});

test('a system administrator starts on the units page and is never refused in the menus', async ({ page }) => {
  await signInAdmin(page, demo.per, 'Visby vårdcentral');
  const nav = page.getByRole('navigation', { name: 'Portalmeny' });
  await expect(nav.getByRole('link', { name: 'Enheter' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Sök invånare' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Statistik' })).toHaveCount(0);
  const table = page.getByRole('table');
  await expect(table).toContainText('Visby vårdcentral');
  await expect(table).toContainText('Hemse vårdcentral');

  // The service name leads to the start page, which is the units page for him.
  await page.getByRole('link', { name: /Vårdportalen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
  await page.getByRole('link', { name: 'Visby vårdcentral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visby vårdcentral' })).toBeVisible();
  await nav.getByRole('link', { name: 'Enheter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();

  await page.getByLabel('Vårdenhet').selectOption({ label: 'Hemse vårdcentral' });
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
  await expect(page.getByText('Din roll på den här enheten ger inte behörighet')).toHaveCount(0);
});

test('a portal page the roles do not open, reached by its address, says so instead of asking the server', async ({ page }) => {
  await signInAdmin(page, demo.per, 'Visby vårdcentral');
  await page.goto('/portal/statistik');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByText('Din roll på den här enheten ger inte behörighet till det här.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'no access');
  await page.getByRole('link', { name: 'Gå till startsidan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
});
