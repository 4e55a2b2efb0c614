import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { searchResident, signInStaff } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

const johan = 'Johan Holm';
const jonas = 'Jonas Weber';

/** The Swedish calendar date `days` from today (YYYY-MM-DD). */
function swedishDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + days * 86_400_000));
}

test('R-BK-5: staff book a video meeting that appears in the resident\'s list', async ({ page, newBrowserContext }) => {
  await signInStaff(page, johan);
  await searchResident(page, residentIdentifier('jonas'));
  await page.getByRole('link', { name: new RegExp(`Öppna översikt för ${jonas}`) }).click();
  const bookings = page.getByRole('region', { name: 'Bokade tider på din enhet' });
  await bookings.getByRole('button', { name: 'Boka tid' }).click();

  const dialog = page.getByRole('dialog', { name: `Boka tid för ${jonas}` });
  await dialog.getByRole('combobox', { name: 'Besökstyp' }).selectOption({ label: 'Videobesök (20 min)' });
  await dialog.getByRole('radio', { name: 'Video' }).check();
  await dialog.getByLabel('Datum').fill(swedishDateIn(4));
  await dialog.getByLabel('Klockslag').fill('13:00');
  await dialog.getByRole('combobox', { name: 'Vårdpersonal (valfritt)' }).selectOption({ label: 'Maria Ek, läkare' });
  await dialog.getByLabel('Förberedelser (valfritt)').fill('Testa kamera och ljud i förväg.');
  await expectNoSeriousA11yViolations(page, 'book appointment dialog');
  await dialog.getByRole('button', { name: 'Boka tiden' }).click();
  await expect(dialog).toBeHidden();

  await expect(bookings.getByRole('status')).toHaveText('Tiden är bokad.');
  const row = bookings.getByRole('row').filter({ hasText: 'Videobesök' }).filter({ hasText: '13:00' });
  await expect(row).toContainText('Videomöte');
  await expect(row).toContainText('Maria Ek');

  const jonasPage = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(jonasPage, jonas);
  await jonasPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  const upcoming = jonasPage.getByRole('region', { name: 'Kommande' });
  const item = upcoming.getByRole('listitem').filter({ hasText: 'Videobesök' }).filter({ hasText: 'kl. 13:00' });
  await expect(item).toContainText('Videomöte');
  await expect(item).toContainText('Maria Ek');
});

test('R-VM-5: video cannot be chosen for a type that does not offer it', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedResource(400));
  await signInStaff(page, johan);
  await searchResident(page, residentIdentifier('jonas'));
  await page.getByRole('link', { name: new RegExp(`Öppna översikt för ${jonas}`) }).click();
  await page.getByRole('button', { name: 'Boka tid' }).click();
  const dialog = page.getByRole('dialog', { name: `Boka tid för ${jonas}` });

  // Hidden types are marked as such in the list.
  await expect(dialog.getByRole('option', { name: 'Samtal, beroendeteam (45 min) – dold för invånaren' })).toBeAttached();

  await dialog.getByRole('combobox', { name: 'Besökstyp' }).selectOption({ label: 'Videobesök (20 min)' });
  await dialog.getByRole('radio', { name: 'Video' }).check();
  await dialog.getByRole('combobox', { name: 'Besökstyp' }).selectOption({ label: 'Läkarbesök (30 min)' });
  const video = dialog.getByRole('radio', { name: 'Video' });
  await expect(video).toBeDisabled();
  await expect(video).not.toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Besök' })).toBeChecked();
  await expect(dialog.getByText('Den här besökstypen erbjuds inte som videomöte.')).toBeVisible();

  // A time that has passed is refused by the server and shown at the date.
  await dialog.getByLabel('Datum').fill(swedishDateIn(-1));
  await dialog.getByLabel('Klockslag').fill('09:00');
  await dialog.getByRole('button', { name: 'Boka tiden' }).click();
  await expect(dialog.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Välj en tid som inte redan har passerat.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'book appointment dialog with errors');
});

test('R-BK-4: staff publish self-booking times', async ({ page }) => {
  await signInStaff(page, 'Emil Strand');
  await page.getByRole('navigation', { name: 'Portalmeny' }).getByRole('link', { name: 'Tider för egen bokning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tider för egen bokning' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'publish self-booking times');

  await page.getByRole('button', { name: 'Publicera tider' }).click();
  await expect(page.getByRole('combobox', { name: 'Besökstyp' })).toHaveAttribute('aria-invalid', 'true');

  // Weeks ahead, clear of the seeded times: 7 weekdays × 09:00–11:45 every 15 minutes.
  await page.getByRole('combobox', { name: 'Besökstyp' }).selectOption({ label: 'Vaccination mot influensa (10 min)' });
  await page.getByLabel('Första dagen').fill(swedishDateIn(70));
  await page.getByLabel('Sista dagen').fill(swedishDateIn(69));
  await page.getByLabel('Första starttid').fill('09:00');
  await page.getByLabel('Sista starttid').fill('11:45');
  await page.getByRole('button', { name: 'Publicera tider' }).click();
  await expect(page.getByText('Sista dagen kan inte vara före den första.')).toBeVisible();
  await page.getByLabel('Sista dagen').fill(swedishDateIn(76));
  await page.getByLabel('Platser per tid').fill('2');
  await page.getByRole('button', { name: 'Publicera tider' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'publicerade' })).toHaveText(/^\d+ tider publicerade\.$/);
  const text = await page.getByRole('status').filter({ hasText: 'publicerade' }).textContent();
  // 70–76 days ahead is one week: five weekdays with twelve times each.
  expect(Number(text?.match(/\d+/)?.[0])).toBe(60);
  await expectNoSeriousA11yViolations(page, 'self-booking times published');
});

test('R-BK-4: the self-booking menu is only shown at units with self-booking', async ({ page }) => {
  await signInStaff(page, johan);
  await expect(page.getByRole('navigation', { name: 'Portalmeny' }).getByRole('link', { name: 'Sök invånare' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Portalmeny' }).getByRole('link', { name: 'Tider för egen bokning' })).toHaveCount(0);
});
