import { useQuery } from '@tanstack/react-query';
import { getChatStartOptions } from '../api/get-chat-start-options.ts';

export const chatStartOptionsQueryKey = ['me', 'chat-start-options'] as const;

export function useChatStartOptions() {
  // "Open now" turns with the clock: ask anew each time the flow starts.
  return useQuery({ queryKey: chatStartOptionsQueryKey, queryFn: ({ signal }) => getChatStartOptions(signal), staleTime: 0 });
}
