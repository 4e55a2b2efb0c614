import { useQuery } from '@tanstack/react-query';
import { getMe } from '../api/get-me.ts';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => getMe(signal) });
}
