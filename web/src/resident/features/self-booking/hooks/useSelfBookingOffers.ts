import { useQuery } from '@tanstack/react-query';
import { getSelfBookingOffers } from '../api/get-self-booking-offers.ts';

/** Under "me": switching whom one acts for, or booking, fetches it again. */
export const selfBookingQueryKey = ['me', 'self-booking'] as const;

export function useSelfBookingOffers() {
  return useQuery({ queryKey: selfBookingQueryKey, queryFn: ({ signal }) => getSelfBookingOffers(signal) });
}
