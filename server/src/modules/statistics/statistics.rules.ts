import type { MonthCounts } from '../../db/month-counts.ts';

/** The last `count` Swedish calendar months up to and including the one of `today` (YYYY-MM-DD), oldest first. */
export function monthsUpTo(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const m = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/** What happened in each month. */
export function perMonth(months: readonly string[], counts: MonthCounts): number[] {
  return months.map((m) => counts.perMonth.get(m) ?? 0);
}

/** The running total at the end of each month (the current month: so far). */
export function totalAtMonthEnd(months: readonly string[], counts: MonthCounts): number[] {
  let total = counts.before;
  return months.map((m) => (total += counts.perMonth.get(m) ?? 0));
}
