import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUpcoming, isVisibleToResident } from './bookings.rules.ts';

describe('what a resident sees of their bookings', () => {
  it('R-BK-2: a booking of a hidden appointment type is never shown', () => {
    expect(isVisibleToResident({ hiddenType: true }, { protectedIdentity: false })).toBe(false);
  });

  it('R-BK-3: a resident with protected identity sees no bookings in the app', () => {
    fc.assert(
      fc.property(fc.boolean(), (hiddenType) => {
        expect(isVisibleToResident({ hiddenType }, { protectedIdentity: true })).toBe(false);
      }),
    );
  });

  it('an ordinary booking is shown', () => {
    expect(isVisibleToResident({ hiddenType: false }, { protectedIdentity: false })).toBe(true);
  });

  it('a booking is upcoming until it ends, unless completed', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(isUpcoming({ endsAt: new Date('2026-11-22T10:30:00Z'), status: 'booked' }, now)).toBe(true);
    expect(isUpcoming({ endsAt: new Date('2026-11-22T10:00:00Z'), status: 'booked' }, now)).toBe(false);
    expect(isUpcoming({ endsAt: new Date('2026-11-22T10:30:00Z'), status: 'completed' }, now)).toBe(false);
  });
});
