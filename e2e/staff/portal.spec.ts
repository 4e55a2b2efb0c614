import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { signInOnThisDevice, signInWithQr } from '../support/bankid.ts';
import type { Route } from '@playwright/test';
import { demo, desktopViewport, residentIdentifier } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { identifierField, openPortal, searchResident, signInStaff } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

test.describe('staff portal', () => {
  test('R-ID-1: staff sign in with BankID on this device and come back to the portal', async ({ page }) => {
    await openPortal(page);
    await signInOnThisDevice(page, demo.maria);
    await expect(page.getByRole('heading', { level: 1, name: 'Välj vårdenhet' })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname.startsWith('/portal') && !url.searchParams.has('signin'));
  });

  test('R-ID-1: an e-ID without HSA-ID cannot sign in to the portal', async ({ page, consoleGuard }) => {
    consoleGuard.allow(failedResource(403));
    await openPortal(page);
    await signInWithQr(page, demo.anna);
    await expect(page.getByRole('alert')).toContainText('inte kopplad till något HSA-id');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in i Vårdportalen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'not staff');
  });

  test('R-ID-3: a malformed identifier is explained at the search field', async ({ page, consoleGuard }) => {
    consoleGuard.allow(failedResource(400));
    await signInStaff(page, demo.maria, 'Visby vårdcentral');

    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(page.getByText('Skriv ett personnummer, samordningsnummer eller reservnummer.')).toBeVisible();

    await searchResident(page, '19850314-1235');
    const field = page.getByLabel(identifierField);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/inte ett giltigt personnummer, samordningsnummer eller reservnummer/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'search with invalid identifier');
  });

  test('a resident with no connection to the unit is not found', async ({ page }) => {
    await signInStaff(page, demo.maria, 'Visby vårdcentral');
    // Lina Karlsson is listed at Hemse vårdcentral and has nothing at Visby.
    await searchResident(page, residentIdentifier('lina'));
    await expect(page.getByText('Ingen invånare med koppling till din enhet hittades')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'search without results');
  });

  test('the unit can be switched in the header, and a protected identity is flagged on the overview', async ({ page }) => {
    await signInStaff(page, demo.maria, 'Visby vårdcentral');
    // The overview's documents and proxies are still on their way when the unit is switched. The
    // server answers them only after it has switched: had the page not dropped them before asking
    // for the switch, the new unit's 404s would reach it (a console error, which fails the test).
    const held: Route[] = [];
    await page.route(/\/api\/staff\/residents\/[^/]+\/(documents|proxies)$/, (route) => void held.push(route));
    await page.route('**/api/staff/active-unit', async (route) => {
      const switched = await route.fetch();
      await Promise.all(held.map((read) => read.continue().catch(() => undefined)));
      await Promise.all(held.map((read) => read.request().response().catch(() => null)));
      await route.fulfill({ response: switched });
    });
    await searchResident(page, residentIdentifier('anna'));
    await page.getByRole('link', { name: /Öppna översikt för Anna Lindqvist/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Anna Lindqvist' })).toBeVisible();
    await expect.poll(() => held.length).toBe(2);

    // Switching unit leaves the other unit's resident at once (without reading them again there).
    await page.getByLabel('Vårdenhet').selectOption({ label: 'Hemse vårdcentral' });
    await expect(page.getByRole('heading', { level: 1, name: 'Sök invånare' })).toBeVisible();
    await expect(page.getByText('Sök fram en invånare som har koppling till Hemse vårdcentral.')).toBeVisible();
    await page.unrouteAll();

    await searchResident(page, residentIdentifier('sara'));
    await expect(page.getByRole('region', { name: 'Sökresultat' })).toContainText('Skyddade personuppgifter');
    await page.getByRole('link', { name: /Öppna översikt för Sara Nyström/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sara Nyström' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Skyddade personuppgifter' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'overview with protected identity');
  });

  test('staff can sign out, here or on all devices, from the user menu', async ({ page }) => {
    await signInStaff(page, demo.maria, 'Visby vårdcentral');
    await page.getByRole('button', { name: 'Maria Ek' }).click();
    await expect(page.getByRole('button', { name: 'Logga ut på alla enheter' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'user menu');
    await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await expect(page.getByText('Du är utloggad från Vårdportalen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in i Vårdportalen' })).toBeVisible();
  });
});
