import { useQuery } from '@tanstack/react-query';
import { getMyCareUnits } from '../api/get-my-care-units.ts';

export function useMyCareUnits() {
  return useQuery({ queryKey: ['me', 'care-units'], queryFn: ({ signal }) => getMyCareUnits(signal) });
}
