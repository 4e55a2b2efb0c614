import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ResidentConversationResponse } from '../../../../shared/contracts.ts';
import { getConversation } from '../api/get-conversation.ts';

export const conversationQueryKey = (conversationId: string) => ['me', 'conversation', conversationId] as const;

/** One conversation with all its messages; the page's live stream carries on from them. */
export function useConversation(conversationId: string) {
  return useQuery({ queryKey: conversationQueryKey(conversationId), queryFn: ({ signal }) => getConversation(conversationId, 0, signal) });
}

/**
 * Puts a later answer for the conversation (fetched after some sequence number) into the cache:
 * its details replace the old ones, its messages join those held, so the cache stays whole for
 * the next visit.
 */
export function mergeConversation(queryClient: QueryClient, conversationId: string, fresh: ResidentConversationResponse): void {
  queryClient.setQueryData<ResidentConversationResponse>(conversationQueryKey(conversationId), (held) => {
    if (!held) return undefined;
    const known = new Set(held.messages.map((m) => m.seq));
    const added = fresh.messages.filter((m) => !known.has(m.seq));
    return { conversation: fresh.conversation, messages: added.length ? [...held.messages, ...added].sort((a, b) => a.seq - b.seq) : held.messages };
  });
}
