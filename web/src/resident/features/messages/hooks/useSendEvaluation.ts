import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvaluationRequest } from '../../../../shared/contracts.ts';
import { sendEvaluation } from '../api/send-evaluation.ts';
import { conversationQueryKey } from './useConversation.ts';
import { conversationsQueryKey } from './useConversations.ts';

export function useSendEvaluation(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: EvaluationRequest) => sendEvaluation(conversationId, answers),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: conversationQueryKey(conversationId) }),
        queryClient.invalidateQueries({ queryKey: conversationsQueryKey, exact: true }),
      ]),
  });
}
