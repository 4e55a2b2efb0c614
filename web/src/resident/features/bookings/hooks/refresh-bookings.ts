import type { QueryClient } from '@tanstack/react-query';
import { selfBookingQueryKey } from '../../self-booking/hooks/useSelfBookingOffers.ts';
import { myBookingsQueryKey } from './useMyBookings.ts';

/**
 * After a booking is made, moved or cancelled: fetch the list of bookings now (also when no page
 * shows it, so the next page has the change at once). What hangs off a booking (its bus ticket),
 * the offers and the free times are fetched anew when next shown; not now, or the booking page
 * would flash "already booked" before it moves on.
 */
export async function refreshBookings(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myBookingsQueryKey, refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: selfBookingQueryKey, refetchType: 'none' }),
  ]);
  await queryClient.refetchQueries({ queryKey: myBookingsQueryKey, exact: true, type: 'all' });
}
