import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../contracts.ts';
import { getSession } from '../api/get-session.ts';

export const sessionQueryKey = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => getSession(signal), staleTime: 60_000 });
}

/** After sign-out or a lost session: forget everything cached about the person, keep a signed-out session. */
export function clearToSignedOut(queryClient: QueryClient): void {
  const previous = queryClient.getQueryData<SessionResponse>(sessionQueryKey);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData<SessionResponse>(sessionQueryKey, { principal: null, idleTimeoutSeconds: previous?.idleTimeoutSeconds ?? 0 });
}
