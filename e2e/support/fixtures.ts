import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { writeFakeCameraVideo } from './fake-camera.ts';

export { expect };

interface ConsoleGuard {
  /** Lets an expected console error through, e.g. the browser's own "Failed to load resource: 403" for a refused sign-in. */
  allow: (pattern: RegExp) => void;
  /** Starts watching a page of a context created in the test. */
  watch: (page: Page) => void;
}

interface Fixtures {
  consoleGuard: ConsoleGuard;
  /** A second, separate browser (own cookies), e.g. staff next to a resident; watched and closed for you. */
  newBrowserContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A separate browser whose camera (Chromium's fake one) shows `picture`, with camera use allowed; watched and closed for you. */
  browserWithCameraShowing: (picture: Buffer) => Promise<BrowserContext>;
}

/**
 * Every test fails on console errors and uncaught exceptions in any of its pages, which includes
 * Content-Security-Policy violations ("Refused to …").
 */
export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = `${message.text()} (${message.location().url})`;
          if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error on ${page.url()}: ${text}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use({ allow: (pattern) => allowed.push(pattern), watch });
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],

  newBrowserContext: async ({ browser, consoleGuard, baseURL }, use) => {
    const created: BrowserContext[] = [];
    await use(async (options) => {
      const context = await (browser as Browser).newContext({ baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
      context.on('page', consoleGuard.watch);
      created.push(context);
      return context;
    });
    await Promise.all(created.map((c) => c.close()));
  },

  browserWithCameraShowing: async ({ playwright, consoleGuard, baseURL, viewport }, use, testInfo) => {
    const launched: Browser[] = [];
    await use(async (picture) => {
      const video = await writeFakeCameraVideo(picture, testInfo.outputPath(`camera-${launched.length}.y4m`));
      const options = testInfo.project.use.launchOptions ?? {};
      const args = [...(options.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`];
      const browser = await playwright.chromium.launch({ ...options, args });
      launched.push(browser);
      const context = await browser.newContext({ baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport, permissions: ['camera'] });
      context.on('page', consoleGuard.watch);
      return context;
    });
    await Promise.all(launched.map((b) => b.close()));
  },
});

/** The browser's own log line for an API call answered with `status` (expected in refusal tests). */
export const failedResource = (status: number) => new RegExp(`Failed to load resource: the server responded with a status of ${status}`);
