import { useMutation, useQueryClient } from '@tanstack/react-query';
import { startConversation } from '../api/start-conversation.ts';
import { inboxQueryKey } from './useInbox.ts';

/** R-MS-1: care writes to a resident; `clientId` stays the same across retries, so a retry never starts two. */
export function useStartConversation(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ message, clientId }: { message: string; clientId: string }) => startConversation(residentId, message, clientId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
  });
}
