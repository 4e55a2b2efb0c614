import { useQuery } from '@tanstack/react-query';
import { getBookingOptions } from '../api/get-booking-options.ts';

/** Per active unit: switching unit gives other types and practitioners. */
export function useBookingOptions(activeUnitId: string | null | undefined) {
  return useQuery({ queryKey: ['staff', 'booking-options', activeUnitId], queryFn: ({ signal }) => getBookingOptions(signal), enabled: Boolean(activeUnitId) });
}
