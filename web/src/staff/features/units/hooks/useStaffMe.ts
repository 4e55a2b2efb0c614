import { useQuery } from '@tanstack/react-query';
import { getStaffMe } from '../api/get-staff-me.ts';

export const staffMeQueryKey = ['staff', 'me'] as const;

export function useStaffMe(enabled = true) {
  return useQuery({ queryKey: staffMeQueryKey, queryFn: ({ signal }) => getStaffMe(signal), enabled });
}
