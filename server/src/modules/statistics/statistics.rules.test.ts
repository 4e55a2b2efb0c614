import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsUpTo, perMonth, totalAtMonthEnd } from './statistics.rules.ts';

describe('R-UN-5: months and running totals', () => {
  it('R-UN-5: the months run back from the current one, across year ends, oldest first', () => {
    expect(monthsUpTo('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 36 }), (year, month, count) => {
        const months = monthsUpTo(`${year}-${String(month).padStart(2, '0')}-15`, count);
        expect(months).toHaveLength(count);
        expect(months.at(-1)).toBe(`${year}-${String(month).padStart(2, '0')}`);
        expect([...months].sort()).toEqual(months);
        expect(new Set(months).size).toBe(count);
      }),
    );
  });

  it('R-UN-5: a running total starts from what came before and never falls; per month is each month alone', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), (before, counts) => {
        const months = ['2026-09', '2026-10', '2026-11'];
        const data = { before, perMonth: new Map(months.map((m, i) => [m, counts[i]!])) };
        const totals = totalAtMonthEnd(months, data);
        expect(totals.at(-1)).toBe(before + counts.reduce((a, b) => a + b, 0));
        totals.forEach((t, i) => expect(t).toBeGreaterThanOrEqual(i === 0 ? before : totals[i - 1]!));
        expect(perMonth(months, data)).toEqual(counts);
      }),
    );
    expect(perMonth(['2026-01'], { before: 3, perMonth: new Map() })).toEqual([0]);
  });
});
