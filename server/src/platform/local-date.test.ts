import { describe, expect, it } from 'vitest';
import { swedishDate } from './local-date.ts';

describe('Swedish calendar days', () => {
  it('a day starts at midnight Swedish time, in winter and in summer', () => {
    expect(swedishDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(swedishDate(new Date('2026-11-21T22:59:59Z'))).toBe('2026-11-21');
    expect(swedishDate(new Date('2026-11-21T23:00:00Z'))).toBe('2026-11-22');
  });
});
