import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { searchResident, signInStaff } from '../support/staff.ts';

test.use({ viewport: mobileViewport });

const elsaBooking = 'Uppföljande samtal via video';
const annaBooking = 'Läkarbesök';

test('R-PX-5: a guardian switches to a child and back', async ({ page }) => {
  await signInResident(page, demo.anna);
  const bar = page.getByRole('region', { name: 'Vem du agerar för' });
  await expect(bar).toContainText('Du agerar för dig själv (Anna Lindqvist)');

  await bar.getByRole('button', { name: 'Byt person' }).click();
  const elsa = page.getByRole('button', { name: /Elsa Lindqvist/ });
  await expect(elsa).toContainText('Som vårdnadshavare till och med 2 september 2032');
  await expect(page.getByRole('button', { name: /Oskar Lindqvist/ })).toContainText('Som vårdnadshavare vid särskilda behov till och med');
  await expectNoSeriousA11yViolations(page, 'switcher open');
  await elsa.click();

  await expect(bar).toContainText('Du agerar för Elsa Lindqvist');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  await expect(page.getByRole('region', { name: 'Kommande' })).toContainText(elsaBooking);
  await expect(page.getByText(annaBooking)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'acting for a child');

  await bar.getByRole('button', { name: 'Tillbaka till dig själv' }).click();
  await expect(bar).toContainText('Du agerar för dig själv');
  await expect(page.getByRole('region', { name: 'Kommande' })).toContainText(annaBooking);
  await expect(page.getByText(elsaBooking)).toHaveCount(0);
});

test('R-PX-6: a unit manager blocks a guardian and the guardian’s open page loses access', async ({ page, newBrowserContext }) => {
  await signInResident(page, demo.anna);
  const bar = page.getByRole('region', { name: 'Vem du agerar för' });
  await bar.getByRole('button', { name: 'Byt person' }).click();
  await page.getByRole('button', { name: /Elsa Lindqvist/ }).click();
  await expect(bar).toContainText('Du agerar för Elsa Lindqvist');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bokade tider' }).click();
  await expect(page.getByRole('region', { name: 'Kommande' })).toContainText(elsaBooking);

  const karin = await (await newBrowserContext({ viewport: desktopViewport })).newPage();
  await signInStaff(karin, 'Karin Sjöberg');
  await searchResident(karin, residentIdentifier('elsa'));
  await karin.getByRole('link', { name: /Öppna översikt för Elsa Lindqvist/ }).click();
  const proxies = karin.getByRole('region', { name: 'Ombud' });
  await expect(proxies.getByRole('heading', { level: 3, name: 'Anna Lindqvist' })).toBeVisible();
  await expect(proxies).toContainText('Vårdnadshavare enligt folkbokföringen');
  await expectNoSeriousA11yViolations(karin, 'overview with proxies');

  await proxies.getByRole('button', { name: 'Spärra vårdnadshavare' }).click();
  const dialog = karin.getByRole('dialog', { name: 'Spärra vårdnadshavare för Elsa Lindqvist' });
  await dialog.getByRole('button', { name: 'Spärra', exact: true }).click();
  await expect(dialog.getByText('Välj minst en vårdnadshavare.')).toBeVisible();
  await expectNoSeriousA11yViolations(karin, 'block guardians dialog with errors');
  await dialog.getByRole('checkbox', { name: 'Anna Lindqvist' }).check();
  await dialog.getByLabel('Skäl', { exact: true }).fill('Fara för barnet');
  await dialog.getByRole('button', { name: 'Spärra', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(proxies.getByText('Spärrat: verksamhetschefen har spärrat vårdnadshavaren')).toBeVisible();
  await expect(proxies).toContainText('Fara för barnet');

  // Anna's open page reacts without a reload.
  await expect(page.getByRole('alert')).toContainText('Du kan inte längre agera för Elsa Lindqvist');
  await expect(bar).toContainText('Du agerar för dig själv');
  await expect(page.getByRole('region', { name: 'Kommande' })).toContainText(annaBooking);
  await expect(page.getByText(elsaBooking)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'proxy access ended');

  // Lift the block so other tests are unaffected.
  await proxies.getByRole('button', { name: 'Häv spärren Anna Lindqvist' }).click();
  const lift = karin.getByRole('dialog', { name: 'Häv spärren för Anna Lindqvist?' });
  await expectNoSeriousA11yViolations(karin, 'lift guardian block dialog');
  await lift.getByRole('button', { name: 'Häv spärren' }).click();
  await expect(lift).toBeHidden();
  await expect(proxies.getByRole('button', { name: 'Häv spärren Anna Lindqvist' })).toHaveCount(0);
});
