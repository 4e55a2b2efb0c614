import { useQuery } from '@tanstack/react-query';
import { getAdminUnit } from '../api/get-admin-unit.ts';
import { adminUnitsQueryKey } from './useAdminUnits.ts';

export const adminUnitQueryKey = (unitId: string) => [...adminUnitsQueryKey, unitId] as const;

export function useAdminUnit(unitId: string) {
  return useQuery({ queryKey: adminUnitQueryKey(unitId), queryFn: ({ signal }) => getAdminUnit(unitId, signal) });
}
