import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HandOverRequest } from '../../../../shared/contracts.ts';
import { callBack } from '../api/call-back.ts';
import { closeConversation } from '../api/close-conversation.ts';
import { handOver } from '../api/hand-over.ts';
import { takeConversation } from '../api/take-conversation.ts';
import { inboxQueryKey } from './useInbox.ts';

/**
 * Take, hand over, call back and close (R-MS-1, R-MS-6, R-MS-7). After each the details are read
 * again at once; the event line itself arrives through the conversation's stream.
 */
export function useConversationActions(conversationId: string, refresh: () => Promise<void>) {
  const queryClient = useQueryClient();
  // The action is done even if this read fails: the stream brings the change a moment later anyway.
  const after = () => Promise.all([refresh().catch(() => undefined), queryClient.invalidateQueries({ queryKey: inboxQueryKey })]);
  return {
    take: useMutation({ mutationFn: () => takeConversation(conversationId), onSuccess: after }),
    handOver: useMutation({ mutationFn: (body: HandOverRequest) => handOver(conversationId, body), onSuccess: after }),
    callBack: useMutation({ mutationFn: () => callBack(conversationId), onSuccess: after }),
    close: useMutation({ mutationFn: () => closeConversation(conversationId), onSuccess: after }),
  };
}
