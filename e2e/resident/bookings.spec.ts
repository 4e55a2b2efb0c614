import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

test('R-BK-1: Anna sees her upcoming bookings with place, time, type and preparation', async ({ page }) => {
  await signInResident(page, demo.anna);

  const upcomingOnHome = page.getByRole('region', { name: 'Dina kommande tider' });
  await expect(upcomingOnHome.getByRole('listitem').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bokade tider' })).toBeVisible();
  const upcoming = page.getByRole('region', { name: 'Kommande' });
  const first = upcoming.getByRole('listitem').first();
  await expect(first).toBeVisible();
  // Swedish date and time, e.g. "onsdag 25 november 2026 kl. 09:00–09:30".
  await expect(first).toContainText(/\d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}–\d{2}:\d{2}/);
  await expect(first).toContainText(/Besök på mottagningen|Videomöte|Telefonsamtal/);
  await expect(first).toContainText('Plats');
  await expect(first.getByRole('link', { name: /Visa på karta/ })).toHaveAttribute('href', /.+/);
  await expect(upcoming).toContainText('Du träffar');
  await expect(upcoming).toContainText('Förbered dig');
  await expect(page.getByRole('region', { name: 'Tidigare' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'bookings');
});

test('R-BK-2: a booking of a hidden appointment type is not shown to the resident', async ({ page }) => {
  await signInResident(page, demo.anna);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  await expect(page.getByRole('region', { name: 'Kommande' }).getByRole('listitem').first()).toBeVisible();
  // Anna's "Samtal, beroendeteam" is of a hidden type (staff see it marked in the portal).
  await expect(page.getByText('Samtal, beroendeteam')).toHaveCount(0);
});

test('R-BK-3: bookings of a resident with protected identity are not shown in the app', async ({ page }) => {
  await signInResident(page, 'Sara Nyström');
  await expect(page.getByText('Du har inga kommande bokade tider.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bokade tider' })).toBeVisible();
  await expect(page.getByText('Du har inga kommande bokade tider.')).toBeVisible();
  await expect(page.getByText('Du har inga tidigare besök att visa.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'bookings, empty');
});

test('signing out everywhere ends the resident’s other sessions', async ({ page, newBrowserContext }) => {
  const otherDevice = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(otherDevice, demo.anna);
  await signInResident(page, demo.anna);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings');
  await page.getByRole('button', { name: 'Logga ut på alla enheter' }).click();
  await expect(page.getByText('Du är utloggad på alla enheter.')).toBeVisible();

  // The other device is signed out too.
  await otherDevice.goto('/bokade-tider');
  await expect(otherDevice.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
});
