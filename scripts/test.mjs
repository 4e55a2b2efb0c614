// `npm test`: install what is missing (including Debian chromium, clamd, nginx, coturn and janus), type-check,
// run the server suites, build the web apps and run the browser suites (the video journeys in a network
// namespace of their own), then scan every log the servers wrote for personnummer, tokens and message
// text. Ends with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureClamd, ensureDependencies, ensureNginx, ensureVideoServers, mustRun, root, run } from './lib/ensure.mjs';

ensureDependencies();
ensureChromium();
ensureClamd();
ensureNginx();
ensureVideoServers();
mkdirSync(join(root, 'test-results'), { recursive: true });
// Every server under test logs at info level here; scripts/scan-logs.mjs reads it all at the end.
const logDir = join(root, 'test-results', 'logs');
rmSync(logDir, { recursive: true, force: true });
process.env.TEST_LOG_DIR = logDir;

const results = { passed: 0, failed: 0 };
const failures = [];

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests ?? 0;
  results.failed += report.numFailedTests ?? 0;
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  results.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  results.failed += stats.unexpected ?? 0;
}

mustRun('npx tsc --noEmit -p tsconfig.json');

const vitestFile = join(root, 'test-results', 'vitest.json');
if (run(`npx vitest run --reporter=default --reporter=json --outputFile=${vitestFile}`) !== 0) failures.push('server suites');
countVitest(vitestFile);

mustRun('npm run build');
const playwrightFile = join(root, 'test-results', 'playwright.json');
if (run('npx playwright test --config e2e/playwright.config.ts', { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightFile } }) !== 0) failures.push('browser suites');
countPlaywright(playwrightFile);

// Video journeys run in a network namespace of their own (WebRTC over loopback and a veth pair for Janus).
const videoFile = join(root, 'test-results', 'playwright-video.json');
const video = run('scripts/video/in-netns-veth.sh npx playwright test --config e2e/video/playwright.config.ts', { env: { ...process.env, E2E_PORT: process.env.VIDEO_E2E_PORT ?? '3400', PLAYWRIGHT_JSON_OUTPUT_NAME: videoFile } });
if (video !== 0) failures.push('video browser suites');
countPlaywright(videoFile);

if (run(`node scripts/scan-logs.mjs ${logDir}`) !== 0) failures.push('log scan');

if (failures.length) console.error(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(failures.length ? 1 : 0);
