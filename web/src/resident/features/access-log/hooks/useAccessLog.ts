import { useQuery } from '@tanstack/react-query';
import { getAccessLog } from '../api/get-access-log.ts';

export function useAccessLog() {
  // Always fresh: the point of the page is to show reads that just happened.
  return useQuery({ queryKey: ['me', 'access-log'], queryFn: ({ signal }) => getAccessLog(signal), staleTime: 0 });
}
