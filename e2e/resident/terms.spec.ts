import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { signInWithQr } from '../support/bankid.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { openStartPage } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

// Erik Lindqvist has no account in the demo data. The two tests run in this order on one server.
test.describe.configure({ mode: 'serial' });

test.describe('first sign-in and the terms', () => {
  test('R-ID-2: declining the terms creates no account', async ({ page }) => {
    await openStartPage(page);
    await signInWithQr(page, demo.erik);

    await expect(page.getByRole('heading', { level: 1, name: 'Användarvillkor för Vårdkontakten' })).toBeVisible();
    await expect(page.getByText('Hej Erik!')).toBeVisible();
    await expect(page.getByText(/Villkorsversion \S+/)).toBeVisible();
    await expect(page.getByText(/aviseringar via SMS och pushnotiser/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'terms');

    await page.getByRole('button', { name: 'Avböj' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
    await expect(page.getByText('Inget konto har skapats')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'terms declined');

    // Nothing was created: the next sign-in asks for the terms again.
    await signInWithQr(page, demo.erik);
    await expect(page.getByRole('heading', { level: 1, name: 'Användarvillkor för Vårdkontakten' })).toBeVisible();
  });

  test('R-ID-2: accepting both consents creates the account and opens the home page', async ({ page }) => {
    await openStartPage(page);
    await signInWithQr(page, demo.erik);
    await expect(page.getByRole('heading', { level: 1, name: 'Användarvillkor för Vårdkontakten' })).toBeVisible();

    // Both consents are required.
    await page.getByRole('button', { name: 'Godkänn och skapa konto' }).click();
    await expect(page.getByText('Du behöver kryssa i rutan för att kunna skapa ett konto.')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, 'terms with missing consents');

    await page.getByRole('checkbox', { name: /aviseringar via SMS och pushnotiser/ }).check();
    await page.getByRole('checkbox', { name: /e-dokument i appen och i min digitala brevlåda/ }).check();
    await page.getByRole('button', { name: 'Godkänn och skapa konto' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Hej Erik!' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await expect(page.getByText(/Du godkände villkorsversion \S+ den /)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'settings');
  });
});
