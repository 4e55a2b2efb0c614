import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { mobileViewport } from '../support/demo.ts';
import { expect, test } from '../support/fixtures.ts';
import { openStartPage } from '../support/resident.ts';

test.use({ viewport: mobileViewport });

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

test('the resident app is installable: a manifest with icons that load, and a service worker in control', async ({ baseURL }, testInfo) => {
  // Chromium offers no installation in incognito-like contexts, which is what test contexts are; a
  // browser with a profile of its own gets the check a resident's phone makes.
  const profile = mkdtempSync(join(tmpdir(), 'vk-pwa-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL, viewport: mobileViewport, locale: 'sv-SE' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openStartPage(page);
    await page.evaluate(() => navigator.serviceWorker.ready);

    const manifestResponse = await page.request.get('/manifest.webmanifest');
    expect(manifestResponse.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await manifestResponse.json()) as { name: string; short_name: string; lang: string; start_url: string; display: string; icons: ManifestIcon[] };
    expect(manifest).toMatchObject({ name: 'Vårdkontakten – Region Gotland', short_name: 'Vårdkontakten', lang: 'sv', start_url: '/', display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      expect(manifest.icons.some((icon) => icon.sizes === size && icon.purpose === 'any')).toBe(true);
      expect(manifest.icons.some((icon) => icon.sizes === size && icon.purpose === 'maskable')).toBe(true);
    }
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    }

    // What Chromium itself checks before it offers "Install app" (Lighthouse's installability audit asks the same).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('without a connection the app shows an offline page that says what works, and comes back when online', async ({ page, context }) => {
  await openStartPage(page);
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.goto('/bokade-tider');
  await expect(page.getByRole('heading', { level: 1, name: 'Du är inte ansluten till internet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det här fungerar utan anslutning' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1177' })).toHaveAttribute('href', 'tel:1177');
  await expectNoSeriousA11yViolations(page, 'offline page');

  await context.setOffline(false);
  await page.getByRole('link', { name: 'Försök igen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du är inte ansluten till internet' })).toBeHidden();
});
