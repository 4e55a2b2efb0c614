import { keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { InboxQuery, ServerMessage } from '../../../../shared/contracts.ts';
import { useRealtimeConnection, useRealtimeMessages, useRealtimeStatus } from '../../../../shared/realtime/RealtimeContext.ts';
import { useSession } from '../../../../shared/auth/hooks/useSession.ts';
import { getInbox } from '../api/get-inbox.ts';

export const inboxQueryKey = ['staff', 'inbox'] as const;
/** While the live connection is down the inbox is polled instead, slowly. */
const POLL_WITHOUT_SOCKET_MS = 30_000;

/** Reads the query anew when the server says the active unit's inbox changed (R-MS-12); answers whether that works live. */
function useInboxLiveUpdates(queryKey: QueryKey): boolean {
  const queryClient = useQueryClient();
  const live = useRealtimeStatus() === 'open';
  // The latest key, without subscribing anew each render.
  const current = useRef(queryKey);
  current.current = queryKey;
  const listener = useCallback(
    (message: ServerMessage) => {
      if (message.type === 'inbox_changed') void queryClient.invalidateQueries({ queryKey: current.current, exact: true });
    },
    [queryClient],
  );
  useRealtimeMessages(listener);
  return live;
}

/**
 * While the list is on screen the server is told so (again after each reconnect): it then sends
 * every change to the unit's inbox, where otherwise only changes that touch my own badge come.
 */
function useWatchInbox(): void {
  const connection = useRealtimeConnection();
  useEffect(() => {
    if (!connection) return;
    const watch = () => connection.send({ type: 'watch_inbox', on: true });
    watch();
    const stop = connection.onStatus((status) => {
      if (status === 'open') watch();
    });
    return () => {
      stop();
      connection.send({ type: 'watch_inbox', on: false });
    };
  }, [connection]);
}

/** One view of the active unit's inbox; the previous list stays on screen while another view loads. */
export function useInbox(activeUnitId: string | null, query: InboxQuery) {
  const queryKey = [...inboxQueryKey, activeUnitId, query];
  const live = useInboxLiveUpdates(queryKey);
  useWatchInbox();
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => getInbox(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: live ? false : POLL_WITHOUT_SOCKET_MS,
  });
}

/**
 * For the menu: new conversations in the unit plus unread messages in my own, from one cheap read.
 * It reads only while the session is a staff one: when the session ends the menu is still drawn
 * for a moment, and must not ask for the inbox then.
 */
export function useInboxBadge(activeUnitId: string | null, allowed: boolean) {
  const queryKey = [...inboxQueryKey, activeUnitId, 'badge'];
  const live = useInboxLiveUpdates(queryKey);
  const session = useSession();
  const enabled = allowed && session.data?.principal?.kind === 'staff';
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => getInbox({ view: 'mine' }, signal),
    select: (data) => data.summary.new + data.conversations.reduce((sum, c) => sum + c.unread, 0),
    enabled,
    refetchInterval: live ? false : POLL_WITHOUT_SOCKET_MS,
  });
}
