import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const options: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] };

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation
 * (WCAG 2.0–2.2 A/AA and axe best practices).
 *
 * axe is put into the page once and stays while the app moves between its views. @axe-core/playwright
 * injected it again for every check and finished each run in a new blank page: 1.0–1.7 s a check
 * against 0.1–0.3 s here, a third of the browser suite's time. Our pages have no frames, which that
 * library would also have checked.
 */
export async function expectNoSeriousA11yViolations(page: Page, where = page.url()): Promise<void> {
  await settleAnimations(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate((runOptions) => (window as unknown as { axe: { run: (context: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions), options);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
  expect(serious, `Accessibility violations on ${where}:\n${report}`).toHaveLength(0);
}

/**
 * Waits for running transitions and finite animations (a dialog fading in) to end: colours measured
 * half-way through a fade fail the contrast check. Endless ones (spinners) are not waited for.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
