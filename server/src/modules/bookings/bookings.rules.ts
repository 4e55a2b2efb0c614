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
