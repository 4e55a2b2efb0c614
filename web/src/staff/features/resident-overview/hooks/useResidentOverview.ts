import { useQuery } from '@tanstack/react-query';
import { residentQueryKey } from '../../proxies/hooks/useResidentProxies.ts';
import { getResidentOverview } from '../api/get-resident-overview.ts';

/**
 * Each fetch is a logged read of the resident's data, so it is fetched once per visit to the page:
 * no refetch on focus or reconnect, no automatic retry.
 */
export function useResidentOverview(residentId: string) {
  return useQuery({
    queryKey: residentQueryKey(residentId),
    queryFn: ({ signal }) => getResidentOverview(residentId, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}
