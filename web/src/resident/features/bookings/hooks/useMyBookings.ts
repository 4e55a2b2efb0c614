import { useQuery } from '@tanstack/react-query';
import { getMyBookings } from '../api/get-my-bookings.ts';

export function useMyBookings() {
  return useQuery({ queryKey: ['me', 'bookings'], queryFn: ({ signal }) => getMyBookings(signal) });
}
