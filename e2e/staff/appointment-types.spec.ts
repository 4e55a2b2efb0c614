import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { signInAdmin } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

/** A code no earlier run has used, so the test can run again against the same server. */
function uniqueCode(): string {
  return `V${Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('')}`;
}

test('R-VM-5: an administrator adds an appointment type that allows video', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedResource(400));
  await signInAdmin(page, demo.per, 'Visby vårdcentral');
  await page.getByRole('link', { name: 'Visby vårdcentral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visby vårdcentral' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Besökstyper' });
  const lak = section.getByRole('row').filter({ hasText: 'Läkarbesök' });
  await expect(lak).toContainText('LAK');
  await expect(section.getByRole('row').filter({ hasText: 'Samtal, beroendeteam' })).toContainText('Dold');
  await expect(section.getByRole('row').filter({ hasText: 'Videobesök' })).toContainText('Video');
  await expectNoSeriousA11yViolations(page, 'unit page with appointment types');

  await section.getByRole('button', { name: 'Lägg till besökstyp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till besökstyp' });
  await expect(dialog).toContainText('Besökstypen har inga triagefrågor.');
  // A code another type has is refused at the code field.
  await dialog.getByLabel('Kod').fill('LAK');
  await dialog.getByLabel('Namn på svenska').fill('Videouppföljning diabetes');
  await dialog.getByLabel('Namn på engelska').fill('Diabetes video follow-up');
  await dialog.getByLabel('Längd i minuter').fill('25');
  await dialog.getByRole('checkbox', { name: 'Kan vara videomöte' }).check();
  await dialog.getByRole('button', { name: 'Spara besökstyp' }).click();
  await expect(dialog.getByLabel('Kod')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Koden används redan av en annan besökstyp på enheten.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'appointment type dialog with a taken code');

  const code = uniqueCode();
  await dialog.getByLabel('Kod').fill(code);
  await dialog.getByRole('button', { name: 'Spara besökstyp' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toHaveText('Besökstypen är tillagd.');
  const added = section.getByRole('row').filter({ hasText: code });
  await expect(added).toContainText('Videouppföljning diabetes');
  await expect(added).toContainText('25 min');
  await expect(added).toContainText('Video');

  // Changing it keeps the rest: hide it from residents.
  await added.getByRole('button', { name: 'Ändra Videouppföljning diabetes' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra Videouppföljning diabetes' });
  await expect(edit.getByRole('checkbox', { name: 'Kan vara videomöte' })).toBeChecked();
  await edit.getByRole('checkbox', { name: 'Dold för invånaren' }).check();
  await edit.getByRole('button', { name: 'Spara besökstyp' }).click();
  await expect(edit).toBeHidden();
  await expect(section.getByRole('status')).toHaveText('Besökstypen är sparad.');
  await expect(added).toContainText('Dold');
  await expect(added).toContainText('Video');
});
