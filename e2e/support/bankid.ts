import type { BrowserContext, Page } from '@playwright/test';

/**
 * Drives the embedded BankID simulator's test app (/bankid-sim/app), which stands in for the
 * person's phone. Works in the test runner and in scripts (no `expect` here).
 */

const TIMEOUT = 15_000;

/** Picks the demo identity by its visible name and approves ("Legitimera"). */
export async function approveInTestApp(sim: Page, identityName: string): Promise<void> {
  await sim.getByRole('radio', { name: identityName, exact: true }).check();
  await Promise.all([sim.waitForNavigation({ timeout: TIMEOUT }), sim.getByRole('button', { name: 'Legitimera' }).click()]);
}

/** Cancels in the test app ("Avbryt"). */
export async function cancelInTestApp(sim: Page): Promise<void> {
  await Promise.all([sim.waitForNavigation({ timeout: TIMEOUT }), sim.getByRole('button', { name: 'Avbryt' }).click()]);
}

/**
 * Other-device flow: the app shows an animated QR code; its current content (data-qr) is pasted
 * into the test app opened in another page of the same browser context, as if scanned.
 */
export async function openOrderFromQr(page: Page, context: BrowserContext = page.context()): Promise<Page> {
  const qr = page.locator('img[data-qr]');
  await qr.waitFor({ state: 'visible', timeout: TIMEOUT });
  const sim = await context.newPage();
  await sim.goto('/bankid-sim/app');
  // Read the code at the last moment: it changes every second and the test app refuses stale codes.
  const data = await qr.getAttribute('data-qr');
  if (!data) throw new Error('The QR image has no data-qr attribute');
  await sim.getByLabel('QR-kodens innehåll').fill(data);
  await sim.getByRole('button', { name: 'Öppna' }).click();
  return sim;
}

/** Starts the QR flow on `page` (sign-in page already open) and approves as `identityName`. */
export async function signInWithQr(page: Page, identityName: string): Promise<void> {
  await page.getByRole('button', { name: /Mobilt BankID på annan enhet|Mobile BankID on another device/ }).click();
  const sim = await openOrderFromQr(page);
  await approveInTestApp(sim, identityName);
  await sim.close();
}

/** Same-device flow: the test app opens in this tab and redirects back after approval. */
export async function signInOnThisDevice(page: Page, identityName: string): Promise<void> {
  await page.getByRole('button', { name: /BankID på den här enheten|BankID on this device/ }).click();
  await page.waitForURL(/\/bankid-sim\/app/, { timeout: TIMEOUT });
  await approveInTestApp(page, identityName);
}

/**
 * Signs the page's browser in as `identityName` through the same endpoints and test app the pages
 * use (start, approve in the test app, collect), without drawing them: for journeys whose subject is
 * not signing in. The sign-in pages themselves are driven by sign-in.spec.ts and the portal spec.
 */
export async function signInOverHttp(page: Page, identityName: string, audience: 'resident' | 'staff'): Promise<void> {
  const request = page.context().request;
  await request.get('/api/auth/session');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'csrf')?.value ?? '';
  const started = await request.post('/api/auth/bankid/start', { data: { audience }, headers: { 'x-csrf-token': csrf } });
  if (!started.ok()) throw new Error(`BankID start answered ${started.status()}: ${await started.text()}`);
  const { autoStartToken } = (await started.json()) as { autoStartToken: string };
  const app = await (await request.get(`/bankid-sim/app?autostarttoken=${encodeURIComponent(autoStartToken)}`)).text();
  const ref = /name="ref" value="([^"]+)"/.exec(app)?.[1];
  const personalNumber = new RegExp(`value="(\\d+)"[^>]*>\\s*<label for="[^"]+">${identityName}</label>`).exec(app)?.[1];
  if (!ref || !personalNumber) throw new Error(`The test BankID app did not offer ${identityName}`);
  const approved = await request.post('/bankid-sim/app/approve', { form: { ref, personalNumber } });
  if (!approved.ok()) throw new Error(`The test BankID app refused to approve: ${approved.status()}`);
  const collected = await request.post('/api/auth/bankid/collect', { data: {}, headers: { 'x-csrf-token': csrf } });
  const outcome = (await collected.json()) as { status: string };
  if (outcome.status !== 'signed_in') throw new Error(`BankID collect answered ${JSON.stringify(outcome)}`);
}
