import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';

/**
 * Video journeys in Chromium with fake camera and microphone, run by `npm test` inside a network
 * namespace (scripts/video/in-netns-veth.sh): outside one, Chromium ignores loopback candidates, and
 * Janus gathers none on loopback, so it gets the namespace's veth0. Everything the browsers talk to
 * starts inside: coturn, Janus and three servers that differ only in their ICE settings.
 */
const root = resolve(import.meta.dirname, '../..');
// The bundle `npm run build` writes (npm test builds before the browser suites), run as `npm start` runs it.
const server = 'node --enable-source-maps dist/server/main.mjs';
const base = Number(process.env.E2E_PORT ?? 3400);
// The SFU journey has a server of its own: the first peer-to-peer journey ends Anna's meeting for all.
export const ports = { app: base, relay: base + 1, wrongSecret: base + 2, sfu: base + 3, turn: base + 10, janus: base + 50 };

// Secrets made once per run in the runner process and inherited by the workers.
process.env.VIDEO_TURN_SECRET ??= randomBytes(24).toString('base64url');
process.env.VIDEO_JANUS_ADMIN_KEY ??= randomBytes(24).toString('base64url');
const dataDir = (name: string) => (process.env[`VIDEO_DATA_${name}`] ??= mkdtempSync(join(tmpdir(), `vk-video-${name}-`)));

const turnUrl = `turn:127.0.0.1:${ports.turn}?transport=udp`;
const logDir = process.env.TEST_LOG_DIR;
const app = (port: number, name: string, env: Record<string, string>) => ({
  // Under npm test each server logs at info level into TEST_LOG_DIR, which is scanned afterwards.
  command: logDir ? `mkdir -p '${logDir}' && ${server} >> '${logDir}/e2e-video-${name}.log' 2>&1` : server,
  cwd: root,
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: { PORT: String(port), DATA_DIR: dataDir(name), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: logDir ? 'info' : 'warn', SIGNIN_RATE_LIMIT_PER_MINUTE: '1000', ...env },
});

const reporter: ReporterDescription[] = [['list']];
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(['json']);

export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  outputDir: join(root, 'test-results', 'e2e-video'),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter,
  // A missing button fails within half a minute rather than at the end of a four-minute journey.
  use: { actionTimeout: 30_000, navigationTimeout: 30_000, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', trace: 'on-first-retry', screenshot: 'only-on-failure', baseURL: `http://localhost:${ports.app}` },
  projects: [
    {
      name: 'chromium-video',
      use: {
        browserName: 'chromium',
        permissions: ['camera', 'microphone'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--use-fake-ui-for-media-stream',
            '--use-fake-device-for-media-stream',
            '--allow-loopback-in-peer-connection',
            '--autoplay-policy=no-user-gesture-required',
          ],
        },
      },
    },
  ],
  webServer: [
    { command: `node scripts/video/coturn.mjs ${ports.turn} ${base + 20} ${base + 49}`, cwd: root, port: ports.turn, reuseExistingServer: false, timeout: 30_000, stdout: 'ignore', stderr: 'pipe', env: { TURN_SECRET: process.env.VIDEO_TURN_SECRET } },
    { command: `node scripts/video/janus.mjs ${ports.janus} ${base + 60}-${base + 99}`, cwd: root, port: ports.janus, reuseExistingServer: false, timeout: 30_000, stdout: 'ignore', stderr: 'pipe', env: { JANUS_ADMIN_KEY: process.env.VIDEO_JANUS_ADMIN_KEY, JANUS_ICE_ENFORCE: 'veth0' } },
    app(ports.app, 'app', { TURN_URLS: turnUrl, TURN_SECRET: process.env.VIDEO_TURN_SECRET, JANUS_URL: `ws://127.0.0.1:${ports.janus}`, JANUS_ADMIN_KEY: process.env.VIDEO_JANUS_ADMIN_KEY }),
    app(ports.sfu, 'sfu', { TURN_URLS: turnUrl, TURN_SECRET: process.env.VIDEO_TURN_SECRET, JANUS_URL: `ws://127.0.0.1:${ports.janus}`, JANUS_ADMIN_KEY: process.env.VIDEO_JANUS_ADMIN_KEY }),
    app(ports.relay, 'relay', { TURN_URLS: turnUrl, TURN_SECRET: process.env.VIDEO_TURN_SECRET, VIDEO_ICE_TRANSPORT_POLICY: 'relay' }),
    app(ports.wrongSecret, 'wrong', { TURN_URLS: turnUrl, TURN_SECRET: `${process.env.VIDEO_TURN_SECRET}-not-coturns`, VIDEO_ICE_TRANSPORT_POLICY: 'relay' }),
  ],
});
