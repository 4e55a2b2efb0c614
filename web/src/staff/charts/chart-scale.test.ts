import { describe, expect, it } from 'vitest';
import { labelledMonths, monthLabel, monthLabelLines, niceTicks } from './chart-scale.ts';

describe('chart scale', () => {
  it('labels months the way each language shortens them', () => {
    expect(monthLabel('2025-12', 'sv')).toBe('dec 2025');
    expect(monthLabel('2026-05', 'sv')).toBe('maj 2026');
    expect(monthLabel('2025-12', 'en')).toBe('Dec 2025');
    expect(monthLabelLines('2026-09', 'sv')).toEqual(['sep', '2026']);
  });

  it('picks round ticks from zero up to at least the largest value', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(10)).toEqual([0, 5, 10]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('keeps the last month labelled and thins the rest for long periods', () => {
    expect([...labelledMonths(12)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([...labelledMonths(36)].sort((a, b) => a - b)).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35]);
  });
});
