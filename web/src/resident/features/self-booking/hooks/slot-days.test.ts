import { describe, expect, it } from 'vitest';
import { groupByDay } from './slot-days.ts';

const slot = (id: string, startsAt: string) => ({ id, startsAt, endsAt: startsAt, remaining: 1 });

describe('groupByDay', () => {
  it('groups by the Swedish day, not the UTC day', () => {
    // 23:30 UTC on 2 December is 00:30 on 3 December in Sweden (winter time).
    const days = groupByDay([slot('a', '2025-12-02T22:30:00Z'), slot('b', '2025-12-02T23:30:00Z'), slot('c', '2025-12-03T07:00:00Z')]);
    expect(days.map((d) => [d.day, d.slots.map((s) => s.id)])).toEqual([
      ['2025-12-02', ['a']],
      ['2025-12-03', ['b', 'c']],
    ]);
  });

  it('uses summer time in summer', () => {
    expect(groupByDay([slot('a', '2026-06-30T22:30:00Z')])[0]?.day).toBe('2026-07-01');
  });

  it('gives no days for no times', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
