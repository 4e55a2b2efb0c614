import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StartChatRequest } from '../../../../shared/contracts.ts';
import { startConversation } from '../api/start-conversation.ts';
import { conversationsQueryKey } from './useConversations.ts';
import { noteMessageSent } from './sent-this-session.ts';

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StartChatRequest) => startConversation(request),
    onSuccess: () => {
      noteMessageSent();
      void queryClient.invalidateQueries({ queryKey: conversationsQueryKey, exact: true });
    },
  });
}
