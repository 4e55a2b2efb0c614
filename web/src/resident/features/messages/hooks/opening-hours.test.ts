import { describe, expect, it } from 'vitest';
import { capitalise, openingHoursRows, weekdayName } from './opening-hours.ts';

const day = (weekday: number, opens: string, closes: string) => ({ weekday, opens, closes });

describe('openingHoursRows', () => {
  it('joins days in a row with the same hours', () => {
    const hours = [day(6, '10:00', '14:00'), ...[1, 2, 3, 4, 5].map((d) => day(d, '08:00', '17:00')), day(7, '10:00', '14:00')];
    expect(openingHoursRows(hours)).toEqual([
      { from: 1, to: 5, opens: '08:00', closes: '17:00' },
      { from: 6, to: 7, opens: '10:00', closes: '14:00' },
    ]);
  });

  it('keeps days apart when hours differ or a day is missing', () => {
    expect(openingHoursRows([day(1, '08:00', '17:00'), day(2, '08:00', '16:00'), day(4, '08:00', '16:00')])).toEqual([
      { from: 1, to: 1, opens: '08:00', closes: '17:00' },
      { from: 2, to: 2, opens: '08:00', closes: '16:00' },
      { from: 4, to: 4, opens: '08:00', closes: '16:00' },
    ]);
  });

  it('lists a day open twice as two lines, in time order', () => {
    expect(openingHoursRows([day(1, '13:00', '16:00'), day(1, '08:00', '12:00')]).map((r) => r.opens)).toEqual(['08:00', '13:00']);
  });

  it('gives nothing for no hours', () => {
    expect(openingHoursRows([])).toEqual([]);
  });
});

describe('weekdayName', () => {
  it('names Monday to Sunday in Swedish and English', () => {
    expect([1, 5, 7].map((d) => weekdayName(d, 'sv'))).toEqual(['måndag', 'fredag', 'söndag']);
    expect(weekdayName(1, 'en')).toBe('Monday');
    expect(capitalise('måndag–fredag', 'sv')).toBe('Måndag–fredag');
  });
});
