import { useQuery } from '@tanstack/react-query';
import type { ResidentConversationsResponse } from '../../../../shared/contracts.ts';
import { getConversations } from '../api/get-conversations.ts';

/** Under "me": switching whom one acts for drops it and fetches it again for that person. */
export const conversationsQueryKey = ['me', 'conversations'] as const;

export function useConversations() {
  return useQuery({ queryKey: conversationsQueryKey, queryFn: ({ signal }) => getConversations(signal) });
}

export function unreadTotal(data: ResidentConversationsResponse | undefined): number {
  return data?.conversations.reduce((sum, c) => sum + c.unread, 0) ?? 0;
}
