import { useQuery } from '@tanstack/react-query';
import { getAdminUnits } from '../api/get-admin-units.ts';

/** Everything read for unit administration; dropped when the active unit changes (the roles may differ there). */
export const adminQueryKey = ['staff', 'admin'] as const;
export const adminUnitsQueryKey = [...adminQueryKey, 'units'] as const;

export function useAdminUnits() {
  return useQuery({ queryKey: adminUnitsQueryKey, queryFn: ({ signal }) => getAdminUnits(signal) });
}
