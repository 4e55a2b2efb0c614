import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { StaffConversation, StaffConversationResponse } from '../../../../shared/contracts.ts';
import { getConversation } from '../api/get-conversation.ts';

export const conversationQueryKey = (conversationId: string) => ['staff', 'conversations', conversationId] as const;

/**
 * Each read is a logged read of the resident's data (R-IN-2), so the conversation is fetched once
 * per visit; after that its messages arrive through the stream and only its details are read again.
 */
export function useConversation(conversationId: string) {
  return useQuery({
    queryKey: conversationQueryKey(conversationId),
    queryFn: ({ signal }) => getConversation(conversationId, 0, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** Keeps the page's details (holder, queue, closed) in step without touching the messages the stream owns. */
export function useSetConversationDetails(conversationId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (conversation: StaffConversation) =>
      queryClient.setQueryData<StaffConversationResponse>(conversationQueryKey(conversationId), (old) => (old ? { ...old, conversation } : old)),
    [queryClient, conversationId],
  );
}

/** Reads the details anew, asking only for messages after the ones the page already has. */
export function useRefreshConversation(conversationId: string, lastSeq: () => number) {
  const setDetails = useSetConversationDetails(conversationId);
  return useCallback(async () => {
    const fresh = await getConversation(conversationId, lastSeq());
    setDetails(fresh.conversation);
  }, [conversationId, lastSeq, setDetails]);
}
