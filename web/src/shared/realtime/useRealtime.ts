import { useEffect, useRef, useState } from 'react';
import { openRealtime, type RealtimeConnection, type RealtimeHandlers } from './realtime-client.ts';

/** Keeps the live connection open while `enabled` (signed in) and returns it; the handlers may change between renders. */
export function useRealtime(enabled: boolean, handlers: RealtimeHandlers): RealtimeConnection | null {
  const current = useRef(handlers);
  current.current = handlers;
  const [connection, setConnection] = useState<RealtimeConnection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const opened = openRealtime({
      onSessionEnded: (reason) => current.current.onSessionEnded(reason),
      onProxyEnded: () => current.current.onProxyEnded(),
    });
    setConnection(opened);
    return () => {
      opened.close();
      setConnection(null);
    };
  }, [enabled]);

  return connection;
}
