import { createContext, useContext, useEffect, useState } from 'react';
import type { ServerMessage } from '../contracts.ts';
import type { RealtimeConnection, RealtimeStatus } from './realtime-client.ts';

/** The signed-in app's live connection; null while signed out or before it opened. */
export const RealtimeContext = createContext<RealtimeConnection | null>(null);

export function useRealtimeConnection(): RealtimeConnection | null {
  return useContext(RealtimeContext);
}

/** Calls `listener` for every message the server sends while the component is mounted. */
export function useRealtimeMessages(listener: (message: ServerMessage) => void): void {
  const connection = useRealtimeConnection();
  useEffect(() => connection?.listen(listener), [connection, listener]);
}

/** The connection's status, for a visible "live / reconnecting" indicator. */
export function useRealtimeStatus(): RealtimeStatus {
  const connection = useRealtimeConnection();
  const [status, setStatus] = useState<RealtimeStatus>(connection?.status() ?? 'closed');
  useEffect(() => {
    if (!connection) {
      setStatus('closed');
      return;
    }
    setStatus(connection.status());
    return connection.onStatus(setStatus);
  }, [connection]);
  return status;
}
