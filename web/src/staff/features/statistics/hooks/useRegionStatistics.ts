import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminQueryKey } from '../../unit-admin/hooks/useAdminUnits.ts';
import { getRegionStatistics } from '../api/get-region-statistics.ts';

export function useRegionStatistics(months: number) {
  return useQuery({
    queryKey: [...adminQueryKey, 'statistics', months],
    queryFn: ({ signal }) => getRegionStatistics(months, signal),
    // Changing the period keeps the charts on screen until the new figures are in.
    placeholderData: keepPreviousData,
  });
}
