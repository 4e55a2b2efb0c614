import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';

/**
 * Everything on screen belongs to the person acted for: drop it all (so nothing of the previous
 * person is shown while loading) and fetch it again. The session itself stays.
 */
export async function reloadPersonData(queryClient: QueryClient): Promise<void> {
  await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}
