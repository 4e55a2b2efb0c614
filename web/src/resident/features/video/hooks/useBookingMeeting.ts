import { useQuery } from '@tanstack/react-query';
import { getBookingMeeting } from '../api/get-booking-meeting.ts';

export function useBookingMeeting(bookingId: string) {
  return useQuery({ queryKey: ['me', 'bookings', bookingId, 'video'], queryFn: ({ signal }) => getBookingMeeting(bookingId, signal) });
}
