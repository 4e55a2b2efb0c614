import { describe, expect, it } from 'vitest';
import { ageOn } from './resident-age.ts';

describe('ageOn', () => {
  it('counts a year on the birthday, not the day before', () => {
    expect(ageOn('1992-05-17', '2025-05-16')).toBe(32);
    expect(ageOn('1992-05-17', '2025-05-17')).toBe(33);
  });

  it('gives someone born on 29 February a year on 1 March in other years', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('says 0 for a newborn and for a malformed date', () => {
    expect(ageOn('2025-05-01', '2025-05-17')).toBe(0);
    expect(ageOn('', '2025-05-17')).toBe(0);
  });
});
