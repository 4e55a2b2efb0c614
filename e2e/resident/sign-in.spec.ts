import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { approveInTestApp, cancelInTestApp, openOrderFromQr, signInOnThisDevice, signInWithQr } from '../support/bankid.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { openStartPage } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

test.describe('resident sign-in', () => {
  test('R-ID-1: a resident signs in with Mobilt BankID on another device (animated QR code)', async ({ page }) => {
    await openStartPage(page);
    await expectNoSeriousA11yViolations(page, 'start page');

    await page.getByRole('button', { name: /Mobilt BankID på annan enhet/ }).click();
    const qr = page.locator('img[data-qr]');
    await expect(qr).toBeVisible();
    await expect(page.getByText('Starta BankID-appen i din mobil och tryck på QR-ikonen. Skanna sedan QR-koden.')).toBeVisible();
    const first = await qr.getAttribute('data-qr');
    expect(first).toMatch(/^bankid\./);
    // The code is animated: a new one about every second.
    await expect.poll(async () => qr.getAttribute('data-qr'), { timeout: 5_000 }).not.toBe(first);
    await expectNoSeriousA11yViolations(page, 'QR code');

    const sim = await openOrderFromQr(page);
    // The simulator's test app is a page of ours too.
    await expectNoSeriousA11yViolations(sim, 'BankID test app');
    await approveInTestApp(sim, demo.anna);
    await sim.close();

    await expect(page.getByRole('heading', { level: 1, name: 'Hej Anna!' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'home');
  });

  test('R-ID-1: a resident signs in with BankID on this device and comes back to the app', async ({ page }) => {
    await openStartPage(page);
    await signInOnThisDevice(page, demo.anna);
    // The test app sends the browser back to /?signin=resume; the app collects at once and tidies the address.
    await expect(page.getByRole('heading', { level: 1, name: 'Hej Anna!' })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === '/' && !url.searchParams.has('signin'));
  });

  test('R-ID-1: cancelling in the BankID app shows BankID’s message and lets the resident try again', async ({ page }) => {
    await openStartPage(page);
    await page.getByRole('button', { name: /Mobilt BankID på annan enhet/ }).click();
    const sim = await openOrderFromQr(page);
    await cancelInTestApp(sim);
    await sim.close();

    await expect(page.getByText('Åtgärden avbröts.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Försök igen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sign-in cancelled');

    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect(page.locator('img[data-qr]')).toBeVisible();
  });

  test('R-ID-4: a blocked resident is refused with a plain explanation', async ({ page, consoleGuard }) => {
    consoleGuard.allow(failedResource(403));
    await openStartPage(page);
    await signInWithQr(page, demo.lars);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Ditt konto i Vårdkontakten är spärrat');
    await expect(alert).toContainText('Bara vården kan ta bort spärren');
    await expect(alert).toContainText('Kontakta din vårdenhet');
    // Still signed out: no menu, the start page is still there.
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'blocked account');
  });

  test('the resident app can be used in English, and the choice is remembered', async ({ page }) => {
    await openStartPage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Vårdkontakten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: /Mobile BankID on another device/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'start page in English');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Vårdkontakten' })).toBeVisible();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
  });
});
