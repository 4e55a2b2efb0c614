import { describe, expect, it } from 'vitest';
import { stockholmIso } from './stockholm-time.ts';

describe('stockholmIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(stockholmIso('2026-01-15', '13:00')).toBe('2026-01-15T13:00:00+01:00');
    expect(stockholmIso('2026-07-01', '13:00')).toBe('2026-07-01T13:00:00+02:00');
  });

  it('switches on the last Sunday of March and of October', () => {
    expect(stockholmIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(stockholmIso('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(stockholmIso('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(stockholmIso('2026-10-25', '03:30')).toBe('2026-10-25T03:30:00+01:00');
  });

  it('names the instant the clinic clock shows', () => {
    expect(new Date(stockholmIso('2026-10-25', '13:00')).toISOString()).toBe('2026-10-25T12:00:00.000Z');
    expect(new Date(stockholmIso('2026-06-10', '00:15')).toISOString()).toBe('2026-06-09T22:15:00.000Z');
  });

  it('takes a time in the skipped spring hour as summer time and the repeated autumn hour once, in summer time', () => {
    expect(stockholmIso('2026-03-29', '02:30')).toBe('2026-03-29T02:30:00+02:00');
    expect(stockholmIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
  });
});
