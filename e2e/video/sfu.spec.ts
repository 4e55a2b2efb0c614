import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { annaWaits, contextOn, expectRemoteVideos, johanOpensMeeting } from './support.ts';
import { ports } from './playwright.config.ts';

test.setTimeout(240_000);
// Pages left in a meeting keep encoding and relaying fake video and slow every later test: close them.
test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test('R-VM-3: with an interpreter by guest link the meeting goes through Janus, and all three see the two others', async ({ browser }) => {
  const base = `http://localhost:${ports.sfu}`;
  const resident = await (await contextOn(browser, base)).newPage();
  const staffContext = await contextOn(browser, base);
  await staffContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const staff = await staffContext.newPage();
  const guest = await (await contextOn(browser, base, { width: 390, height: 844 })).newPage();

  await annaWaits(resident);
  await johanOpensMeeting(staff);
  await staff.getByRole('button', { name: 'Släpp in Anna Lindqvist' }).click();
  await expectRemoteVideos(staff, 1);

  await staff.getByRole('button', { name: 'Bjud in gäst' }).click();
  await staff.getByLabel('Beskrivning').fill('Tolk, arabiska');
  await staff.getByRole('button', { name: 'Skapa länk' }).click();
  const url = await staff.getByLabel('Länk till gästen').inputValue();
  expect(url).toMatch(/\/video\/gast#[A-Za-z0-9_-]{40,}$/);
  await staff.getByRole('button', { name: 'Stäng', exact: true }).click();

  await guest.goto(url);
  await expect(guest.getByText('Du har fått en länk till ett videomöte med Visby vårdcentral', { exact: false })).toBeVisible();
  await guest.getByLabel('Ditt namn').fill('Samir Haddad');
  await guest.getByRole('button', { name: 'Fortsätt' }).click();
  await guest.getByRole('button', { name: 'Gå till väntrummet' }).click();
  await expect(guest.getByRole('heading', { name: 'Väntrummet' })).toBeVisible();
  await staff.getByRole('button', { name: 'Släpp in Samir Haddad' }).click();

  await expectRemoteVideos(guest, 2, 30_000);
  await expectRemoteVideos(resident, 2, 30_000);
  await expectRemoteVideos(staff, 2, 30_000);
  await expect(staff.getByText('Samir Haddad (gäst)').first()).toBeVisible();
  await expectNoSeriousA11yViolations(guest, 'meeting (guest, 390 px)');
});
