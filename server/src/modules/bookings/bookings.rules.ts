/**
 * R-BK-2 / R-BK-3: what a resident may see of their own bookings. A hidden appointment type is
 * never shown, and a resident with protected identity sees none in the app.
 */
export function isVisibleToResident(booking: { hiddenType: boolean }, resident: { protectedIdentity: boolean }): boolean {
  return !resident.protectedIdentity && !booking.hiddenType;
}

/** A booking is upcoming until it has ended and while it is not completed. */
export function isUpcoming(booking: { endsAt: Date; status: string }, now: Date): boolean {
  return booking.status !== 'completed' && booking.endsAt.getTime() > now.getTime();
}

/**
 * R-BK-4, R-BK-7: until when the resident may cancel or move a booking in the app: only their own
 * self-booked times that are still booked, until the appointment type's cut-off before the start.
 * Other bookings (from the EHR or made by staff) are changed by asking the unit; null then.
 */
export function changeableUntil(booking: { source: string; status: string; startsAt: Date }, type: { cancelCutoffHours: number }): Date | null {
  if (booking.source !== 'self' || booking.status !== 'booked') return null;
  return new Date(booking.startsAt.getTime() - type.cancelCutoffHours * 3_600_000);
}
