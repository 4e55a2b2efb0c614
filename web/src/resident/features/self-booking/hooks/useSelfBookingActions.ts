import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshBookings } from '../../bookings/hooks/refresh-bookings.ts';
import { bookTime } from '../api/book-time.ts';

export function useBookTime() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bookTime, onSuccess: () => refreshBookings(queryClient) });
}
