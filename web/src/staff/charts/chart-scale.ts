import type { Language } from '../../shared/i18n/index.ts';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE');

function firstOfMonth(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1));
}

/** "dec 2025" / "Dec 2025" for a YYYY-MM month (Swedish short months carry a dot, which the axis does without). */
export function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(firstOfMonth(month)).replace('.', '');
}

/** The same as two lines under a narrow bar: "dec" and "2025". */
export function monthLabelLines(month: string, language: Language): [string, string] {
  const date = firstOfMonth(month);
  const short = new Intl.DateTimeFormat(locale(language), { month: 'short', timeZone: 'UTC' }).format(date).replace('.', '');
  return [short, String(date.getUTCFullYear())];
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/**
 * Round steps for the y axis from 0: the top tick is the first 1, 2, 2.5 or 5 × 10ⁿ multiple at or
 * above the largest value, in about four whole-number steps. All zeros still get an axis (0 to 1).
 */
export function niceTicks(max: number, steps = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole numbers, so a step is too (no 2.5 between 0 and 5).
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough && Number.isInteger(s)) ?? Math.ceil(rough);
  const ticks: number[] = [0];
  while ((ticks.at(-1) ?? 0) < max) ticks.push((ticks.at(-1) ?? 0) + step);
  return ticks;
}

/** Which month labels fit under the chart: every one for a year, fewer for longer periods, always the last. */
export function labelledMonths(count: number, maxLabels = 12): Set<number> {
  const every = Math.ceil(count / maxLabels);
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= every) shown.add(i);
  return shown;
}
