import { useQuery } from '@tanstack/react-query';
import { getMyBookings } from '../api/get-my-bookings.ts';

export const myBookingsQueryKey = ['me', 'bookings'] as const;

export function useMyBookings() {
  return useQuery({ queryKey: myBookingsQueryKey, queryFn: ({ signal }) => getMyBookings(signal) });
}

/** One booking of the person acted for, upcoming or past; undefined while loading or when there is none. */
export function useMyBooking(bookingId: string) {
  const bookings = useMyBookings();
  const booking = bookings.data ? [...bookings.data.upcoming, ...bookings.data.past].find((b) => b.id === bookingId) : undefined;
  return { bookings, booking };
}
