import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signInWithQr } from '../support/bankid.ts';
import { signInResident } from '../support/resident.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';

/** A separate browser (own cookies) on one of the servers, with fake camera and microphone allowed. */
export async function contextOn(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', permissions: ['camera', 'microphone'], viewport });
}

/** Anna opens today's video booking, passes the device check and enters the waiting room. */
export async function annaWaits(page: Page): Promise<void> {
  await signInResident(page, 'Anna Lindqvist');
  await page.goto('/bokade-tider');
  await page.getByRole('link', { name: 'Öppna videomötet' }).first().click();
  await expect(page.getByRole('heading', { name: 'Testa kamera och mikrofon' })).toBeVisible();
  await expect(page.locator('video').first()).toHaveJSProperty('readyState', 4);
  await page.getByRole('button', { name: 'Gå till väntrummet' }).click();
  await expect(page.getByRole('heading', { name: 'Väntrummet' })).toBeVisible();
}

/** Johan Holm (Visby vårdcentral) opens the day's video meetings and the meeting of Anna's booking. */
export async function johanOpensMeeting(page: Page): Promise<void> {
  await page.goto('/portal/');
  await signInWithQr(page, 'Johan Holm');
  await page.getByRole('link', { name: 'Videomöten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dagens videomöten' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'staff video meetings');
  await page.screenshot({ path: 'test-results/e2e-video/screens/staff-video-meetings.png', fullPage: true });
  await page.getByRole('button', { name: /Öppna mötet|Starta mötet/ }).first().click();
  await page.getByRole('button', { name: 'Öppna mötet' }).click();
}

/** Waits until the page shows `count` remote videos that play frames (videoWidth > 0). */
export async function expectRemoteVideos(page: Page, count: number, timeout = 20_000): Promise<void> {
  await expect
    .poll(() => page.locator('video[data-remote]').evaluateAll((videos) => videos.filter((v) => (v as HTMLVideoElement).videoWidth > 0).length), { timeout })
    .toBe(count);
}
