/**
 * Which residents staff of a unit may open (see docs/adr/0001-care-relation.md): those listed at the
 * unit, and those with a booking or a conversation there from 24 months back onwards (including future bookings).
 */
export const CARE_RELATION_LOOKBACK_MONTHS = 24;

export function careRelationSince(now: Date): Date {
  const since = new Date(now.getTime());
  since.setUTCMonth(since.getUTCMonth() - CARE_RELATION_LOOKBACK_MONTHS);
  return since;
}

export function hasCareRelation(resident: { listingUnitId: string | null }, unitId: string, hasContactAtUnitSinceLookback: boolean): boolean {
  return resident.listingUnitId === unitId || hasContactAtUnitSinceLookback;
}
