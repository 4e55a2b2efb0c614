import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { signInWithQr } from '../support/bankid.ts';
import { mobileViewport } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { openStartPage, signInResident } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

// A generated demo resident with an account whom no other test uses.
const ingrid = 'Ingrid Isaksson';

test('R-ID-6: a resident unregisters with a block through every step and cannot sign in again', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedResource(403));
  await signInResident(page, ingrid);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('link', { name: 'Avregistrera konto' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Avregistrera konto' })).toBeVisible();
  await expect(page.getByText('Steg 1 av 3')).toBeVisible();
  await expect(page.getByText(/Din journal och dina bokade tider finns kvar/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unregister step 1');
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Vill du också spärra kontot?' })).toBeFocused();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Välj om du vill spärra kontot eller inte.')).toBeVisible();
  await expect(page.getByText(/Bara vården kan ta bort spärren/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unregister step 2 with error');
  await page.getByRole('radio', { name: /Ja, avregistrera och spärra kontot/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  await expect(page.getByText('Steg 3 av 3')).toBeVisible();
  await page.getByRole('button', { name: 'Avregistrera och spärra' }).click();
  await expect(page.getByText('Kryssa i rutan för att bekräfta.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unregister step 3 with error');
  await page.getByRole('checkbox', { name: /Jag förstår att mitt konto tas bort och spärras/ }).check();
  await page.getByRole('button', { name: 'Avregistrera och spärra' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ditt konto är avregistrerat och spärrat' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'unregistered');

  await openStartPage(page);
  await signInWithQr(page, ingrid);
  await expect(page.getByRole('alert')).toContainText('Ditt konto i Vårdkontakten är spärrat');
  await expect(page.getByRole('alert')).toContainText('Bara vården kan ta bort spärren');
});
