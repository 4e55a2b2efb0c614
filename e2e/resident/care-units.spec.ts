import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

test('R-MS-10: a resident listed at a health centre sees it and not the other health centres', async ({ page }) => {
  await signInResident(page, demo.jonas);
  await page.getByRole('link', { name: /Mina mottagningar/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina mottagningar' })).toBeVisible();
  await expect(page.getByText('Du är listad på Visby vårdcentral. Andra vårdcentraler kan du inte kontakta här.')).toBeVisible();

  const visby = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Visby vårdcentral' }) });
  await expect(visby).toContainText('Du är listad här');
  await expect(visby.getByRole('link', { name: '0498-26 80 00' })).toHaveAttribute('href', 'tel:0498268000');
  await expect(page.getByRole('heading', { name: 'Hemse vårdcentral' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'my clinics');
});
