import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelBooking } from '../api/cancel-booking.ts';
import { rebookBooking } from '../api/rebook-booking.ts';
import { refreshBookings } from './refresh-bookings.ts';

export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelBooking, onSuccess: () => refreshBookings(queryClient) });
}

export function useRebook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rebookBooking, onSuccess: () => refreshBookings(queryClient) });
}
