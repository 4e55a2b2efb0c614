import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';

/**
 * End-to-end tests against the real server (embedded database, BankID simulator) serving the built
 * web apps, as `npm start` runs it (the server bundle). Run `npm run build` first (`npm test` does).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
// E2E_BASE_URL runs the suite against a server that is already running (started with a generous
// SIGNIN_RATE_LIMIT_PER_MINUTE); otherwise a fresh server is started for the run.
const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
const baseURL = external ?? `http://localhost:${PORT}`;
const root = resolve(import.meta.dirname, '..');
// The bundle `npm run build` writes, run as `npm start` runs it.
const server = 'node --enable-source-maps dist/server/main.mjs';

// One fresh data folder per run; set once in the runner process, inherited by the workers.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'vk-e2e-'));

const reporter: ReporterDescription[] = [['list'], ['html', { open: 'never', outputFolder: join(root, 'playwright-report') }]];
// `npm test` collects the totals from a JSON report.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(['json']);

export default defineConfig({
  testDir: '.',
  testMatch: ['resident/**/*.spec.ts', 'staff/**/*.spec.ts'],
  outputDir: process.env.E2E_OUTPUT_DIR ?? join(root, 'test-results', 'e2e'),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter,
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // Recording a trace costs every test CPU (a screencast of each page); a failure's retry records one.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        // Under npm test the server logs at info level into TEST_LOG_DIR, which is scanned afterwards.
        command: process.env.TEST_LOG_DIR ? `mkdir -p '${process.env.TEST_LOG_DIR}' && ${server} >> '${process.env.TEST_LOG_DIR}/e2e-server.log' 2>&1` : server,
        cwd: root,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(PORT),
          DATA_DIR: process.env.E2E_DATA_DIR,
          PUBLIC_URL: baseURL,
          LOG_LEVEL: process.env.TEST_LOG_DIR ? 'info' : 'warn',
          // Every test signs in several times; the per-minute sign-in limit is for real traffic.
          SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
        },
      },
});
