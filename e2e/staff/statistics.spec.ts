import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { signInAdmin } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

test('R-UN-5: the region statistics page renders its charts', async ({ page }) => {
  await signInAdmin(page, demo.eva);
  await page.getByRole('navigation', { name: 'Portalmeny' }).getByRole('link', { name: 'Statistik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible();

  const accounts = page.getByRole('region', { name: 'Konton' });
  // Each chart is one image named by its title and its description in words.
  await expect(accounts.getByRole('img', { name: /^Konton, antal vid slutet av varje månad Linjediagram/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Videomöten' }).getByRole('img', { name: /^Videomöten, antal per månad Stapeldiagram/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Meddelanden' }).getByRole('img', { name: /^Meddelanden, antal per månad Stapeldiagram/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'E-dokument' }).getByRole('img', { name: /^E-dokument, antal per månad Stapeldiagram/ })).toBeVisible();

  await accounts.getByText('Visa siffrorna som tabell').click();
  await expect(accounts.getByRole('table').getByRole('row')).toHaveCount(13);
  await expectNoSeriousA11yViolations(page, 'statistics');

  await page.getByLabel('Period').selectOption({ label: 'Senaste 24 månaderna' });
  await expect(accounts.getByRole('table').getByRole('row')).toHaveCount(25);
});
