import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ServerMessage } from '../../../../shared/contracts.ts';
import { useRealtimeConnection, useRealtimeMessages } from '../../../../shared/realtime/RealtimeContext.ts';
import { conversationsQueryKey } from './useConversations.ts';

/**
 * Keeps the list of conversations current: fetched anew when the server says one changed (a new
 * message, a read, taken, closed, a place in the queue), and after a reconnect, as changes may
 * have been missed while the socket was down.
 */
export function useConversationsLive(): void {
  const queryClient = useQueryClient();
  const refetch = useCallback(() => {
    const filters = { queryKey: conversationsQueryKey, exact: true };
    // A change during the list's first fetch would be lost (that fetch is not restarted): stop it, then fetch anew.
    void queryClient.cancelQueries(filters).then(() => queryClient.invalidateQueries(filters));
  }, [queryClient]);
  const listener = useCallback(
    (message: ServerMessage) => {
      if (message.type === 'conversation_changed') refetch();
    },
    [refetch],
  );
  useRealtimeMessages(listener);
  // Watched without React state: the page need not render again each time the socket drops.
  const connection = useRealtimeConnection();
  useEffect(() => {
    if (!connection) return;
    let before = connection.status();
    return connection.onStatus((status) => {
      if (status === 'open' && before !== 'open') refetch();
      before = status;
    });
  }, [connection, refetch]);
}
