import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { signInWithQr } from '../support/bankid.ts';
import { demo, desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { openPortal, searchResident } from '../support/staff.ts';

test('R-IN-2: a staff member’s read of a resident shows in the resident’s "Vem har läst mina uppgifter"', async ({ page, newBrowserContext }) => {
  // Staff: Maria Ek works at two units and chooses Visby vårdcentral.
  const staff = await (await newBrowserContext({ viewport: desktopViewport })).newPage();
  await openPortal(staff);
  await expectNoSeriousA11yViolations(staff, 'portal sign-in');
  await signInWithQr(staff, demo.maria);

  await expect(staff.getByRole('heading', { level: 1, name: 'Välj vårdenhet' })).toBeVisible();
  await expectNoSeriousA11yViolations(staff, 'unit chooser');
  await staff.getByRole('button', { name: /Visby vårdcentral/ }).click();

  await expect(staff.getByRole('heading', { level: 1, name: 'Sök invånare' })).toBeVisible();
  await expect(staff.getByLabel('Vårdenhet')).toHaveValue(/.+/);
  await expectNoSeriousA11yViolations(staff, 'search');

  await searchResident(staff, residentIdentifier('anna'));
  const results = staff.getByRole('region', { name: 'Sökresultat' });
  await expect(results.getByRole('cell', { name: 'Anna Lindqvist', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(staff, 'search results');

  await results.getByRole('link', { name: /Öppna översikt för Anna Lindqvist/ }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Anna Lindqvist' })).toBeVisible();
  await expect(staff.getByText('Din läsning av de här uppgifterna har loggats.')).toBeVisible();
  await expect(staff.getByText('Aktivt konto').first()).toBeVisible();
  // R-BK-2: staff see the booking of a hidden type, marked as such.
  await expect(staff.getByRole('region', { name: 'Bokade tider på din enhet' })).toContainText('Dold bokningstyp');
  await expectNoSeriousA11yViolations(staff, 'resident overview');

  // Resident: Anna sees who read her data, when and from which unit.
  await page.setViewportSize(mobileViewport);
  await signInResident(page, demo.anna);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vem har läst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vem har läst mina uppgifter' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: 'Öppnade din översikt' }).first();
  await expect(entry).toContainText('Maria Ek');
  await expect(entry).toContainText('Läkare');
  await expect(entry).toContainText('Visby vårdcentral');
  await expect(entry).toContainText(/\d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}/);
  await expectNoSeriousA11yViolations(page, 'access log');
});
