import { describe, expect, it } from 'vitest';
import { careRelationSince, hasCareRelation } from './care-relation.rules.ts';

describe('care relation of a unit to a resident', () => {
  it('being listed at the unit is a relation', () => {
    expect(hasCareRelation({ listingUnitId: 'u1' }, 'u1', false)).toBe(true);
  });
  it('a booking at the unit within the look-back is a relation', () => {
    expect(hasCareRelation({ listingUnitId: 'u2' }, 'u1', true)).toBe(true);
  });
  it('neither listed nor booked means no relation', () => {
    expect(hasCareRelation({ listingUnitId: null }, 'u1', false)).toBe(false);
  });
  it('the look-back is 24 months', () => {
    expect(careRelationSince(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2024-11-22T10:00:00.000Z');
  });
});
