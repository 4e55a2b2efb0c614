import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { annaWaits, contextOn, expectRemoteVideos, johanOpensMeeting } from './support.ts';
import { ports } from './playwright.config.ts';

const at = (port: number) => `http://localhost:${port}`;
// Pages left in a meeting keep encoding and relaying fake video and slow every later test: close them.
test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});
/** Screenshots of the pages, to look at (not compared). */
const shot = (name: string) => `test-results/e2e-video/screens/${name}.png`;

test('R-VM-4: Anna waits, Johan admits her, and each receives the other’s video peer to peer', async ({ browser }) => {
  const resident = await (await contextOn(browser, at(ports.app), { width: 390, height: 844 })).newPage();
  const staff = await (await contextOn(browser, at(ports.app))).newPage();
  await annaWaits(resident);
  await expectNoSeriousA11yViolations(resident, 'waiting room');
  await resident.screenshot({ path: shot('resident-waiting-room'), fullPage: true });
  await johanOpensMeeting(staff);
  await staff.getByRole('button', { name: 'Släpp in Anna Lindqvist' }).click();
  await expectRemoteVideos(resident, 1);
  await expectRemoteVideos(staff, 1);
  await expect(resident.getByText(/Anslutning: (Bra|Ojämn)/)).toBeVisible();
  await resident.getByLabel('Skriv i chatten').fill('Hej, hörs jag?');
  await resident.getByRole('button', { name: 'Skicka' }).click();
  await expect(staff.getByText('Hej, hörs jag?')).toBeVisible();
  await expectNoSeriousA11yViolations(resident, 'meeting (resident)');
  await expectNoSeriousA11yViolations(staff, 'meeting (staff)');
  await resident.screenshot({ path: shot('resident-meeting'), fullPage: true });
  await staff.screenshot({ path: shot('staff-meeting'), fullPage: true });
  await staff.getByRole('button', { name: 'Avsluta mötet för alla' }).click();
  await expect(resident.getByRole('heading', { name: 'Mötet är slut' })).toBeVisible();
});

test('media through coturn only (iceTransportPolicy relay): each receives the other’s video', async ({ browser }) => {
  const resident = await (await contextOn(browser, at(ports.relay))).newPage();
  const staff = await (await contextOn(browser, at(ports.relay))).newPage();
  await annaWaits(resident);
  await johanOpensMeeting(staff);
  await staff.getByRole('button', { name: 'Släpp in Anna Lindqvist' }).click();
  await expectRemoteVideos(resident, 1);
  await expectRemoteVideos(staff, 1);
});

test('a wrong TURN secret fails cleanly: the page says the media server could not be reached', async ({ browser }) => {
  const resident = await (await contextOn(browser, at(ports.wrongSecret))).newPage();
  const staff = await (await contextOn(browser, at(ports.wrongSecret))).newPage();
  await annaWaits(resident);
  await johanOpensMeeting(staff);
  await staff.getByRole('button', { name: 'Släpp in Anna Lindqvist' }).click();
  await expect(resident.getByText('Det gick inte att ansluta via vårdens mediaserver.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(resident.locator('video[data-remote]')).toHaveJSProperty('videoWidth', 0);
});
