import { useQuery } from '@tanstack/react-query';
import { myBookingsQueryKey } from '../../bookings/hooks/useMyBookings.ts';
import { getBusTicket } from '../api/get-bus-ticket.ts';

export function useBusTicket(bookingId: string) {
  // Under the bookings' key: a change to the bookings makes the ticket be fetched anew.
  return useQuery({ queryKey: [...myBookingsQueryKey, bookingId, 'ticket'], queryFn: ({ signal }) => getBusTicket(bookingId, signal) });
}
