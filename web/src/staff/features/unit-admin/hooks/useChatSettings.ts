import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChatSettings } from '../../../../shared/contracts.ts';
import { getChatSettings } from '../api/get-chat-settings.ts';
import { putChatSettings } from '../api/put-chat-settings.ts';
import { adminUnitQueryKey } from './useAdminUnit.ts';

const chatSettingsQueryKey = (unitId: string) => [...adminUnitQueryKey(unitId), 'chat'] as const;

export function useChatSettings(unitId: string) {
  return useQuery({ queryKey: chatSettingsQueryKey(unitId), queryFn: ({ signal }) => getChatSettings(unitId, signal) });
}

export function useSaveChatSettings(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ChatSettings) => putChatSettings(unitId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatSettingsQueryKey(unitId) }),
  });
}
