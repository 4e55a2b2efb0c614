import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSwedishLocal, swedishDate } from './local-date.ts';

describe('Swedish calendar days', () => {
  it('a day starts at midnight Swedish time, in winter and in summer', () => {
    expect(swedishDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(swedishDate(new Date('2026-11-21T22:59:59Z'))).toBe('2026-11-21');
    expect(swedishDate(new Date('2026-11-21T23:00:00Z'))).toBe('2026-11-22');
  });
});

describe('Swedish wall-clock times', () => {
  it('a time in winter is UTC+1, in summer UTC+2, and the skipped spring hour is taken as clocks show it', () => {
    expect(fromSwedishLocal('2026-12-03', '08:00').toISOString()).toBe('2026-12-03T07:00:00.000Z');
    expect(fromSwedishLocal('2026-06-03', '08:00').toISOString()).toBe('2026-06-03T06:00:00.000Z');
    expect(fromSwedishLocal('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const whole = new Date(Math.floor(d.getTime() / 60_000) * 60_000);
        const [date, time] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(whole).split(' ') as [string, string];
        const back = fromSwedishLocal(date, time);
        // The autumn hour happens twice; either instant shows the same wall-clock time.
        expect(Math.abs(back.getTime() - whole.getTime()) % 3_600_000).toBe(0);
        expect(Math.abs(back.getTime() - whole.getTime())).toBeLessThanOrEqual(3_600_000);
      }),
    );
  });
});
