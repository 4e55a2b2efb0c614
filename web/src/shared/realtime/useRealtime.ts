import { useEffect, useRef } from 'react';
import { openRealtime, type RealtimeHandlers } from './realtime-client.ts';

/** Keeps the live connection open while `enabled` (signed in); the handlers may change between renders. */
export function useRealtime(enabled: boolean, handlers: RealtimeHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    return openRealtime({
      onSessionEnded: (reason) => current.current.onSessionEnded(reason),
      onProxyEnded: () => current.current.onProxyEnded(),
      canReconnect: () => current.current.canReconnect?.() ?? Promise.resolve(true),
    });
  }, [enabled]);
}
