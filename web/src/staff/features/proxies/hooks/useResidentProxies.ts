import { useQuery } from '@tanstack/react-query';
import { getResidentProxies } from '../api/get-resident-proxies.ts';

/** Everything read about residents at the active unit sits under this key, so a unit switch forgets it all. */
export const residentsQueryKey = ['staff', 'residents'] as const;
export const residentQueryKey = (residentId: string) => [...residentsQueryKey, residentId] as const;

/** A logged read (R-IN-2), like the overview: fetched once per visit, and again only after a change made here. */
export function useResidentProxies(residentId: string) {
  return useQuery({
    queryKey: [...residentQueryKey(residentId), 'proxies'],
    queryFn: ({ signal }) => getResidentProxies(residentId, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}
