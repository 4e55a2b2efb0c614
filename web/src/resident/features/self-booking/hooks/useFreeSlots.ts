import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SlotsResponse } from '../../../../shared/contracts.ts';
import { getFreeSlots } from '../api/get-free-slots.ts';
import { selfBookingQueryKey } from './useSelfBookingOffers.ts';

/** Units publish a few weeks ahead; the longest window the API gives covers it in one request. */
const DAYS_AHEAD = 31;

const slotsQueryKey = (typeId: string) => [...selfBookingQueryKey, typeId, 'slots'] as const;

export function useFreeSlots(typeId: string) {
  return useQuery({
    queryKey: slotsQueryKey(typeId),
    queryFn: ({ signal }) => getFreeSlots(typeId, DAYS_AHEAD, signal),
    // Places go quickly: fetch the list anew each time it is shown.
    staleTime: 0,
  });
}

/** A time someone else just took: gone from the list at once, and the list fetched anew. */
export function useDropSlot(typeId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (slotId: string) => {
      queryClient.setQueryData<SlotsResponse>(slotsQueryKey(typeId), (data) => data && { slots: data.slots.filter((s) => s.id !== slotId) });
      void queryClient.invalidateQueries({ queryKey: slotsQueryKey(typeId) });
    },
    [queryClient, typeId],
  );
}
