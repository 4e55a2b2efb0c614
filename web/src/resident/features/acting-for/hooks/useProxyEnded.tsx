import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onProxyAccessEnded } from '../../../../shared/api/proxy-events.ts';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';
import type { RepresentedResponse } from '../../../../shared/contracts.ts';
import { reloadPersonData } from './reload-person-data.ts';
import { actingForOther, representedQueryKey } from './useRepresented.ts';

interface ProxyEnded {
  /** The name of the person the resident can no longer act for ('' when unknown); null when nothing ended. */
  endedFor: string | null;
  dismiss: () => void;
  /** Called when the server says the proxy link of this session ended (WebSocket 4403). */
  handleProxyEnded: () => Promise<void>;
}

const Context = createContext<ProxyEnded | null>(null);

/**
 * When a proxy link ends (block, 13th birthday, grant ended), the session acts for the resident
 * themself again: everything is reloaded, and the resident is told plainly whom they lost.
 */
export function ProxyEndedProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [endedFor, setEndedFor] = useState<string | null>(null);
  const busy = useRef(false);

  const rememberWhom = useCallback(() => {
    const person = actingForOther(queryClient.getQueryData<RepresentedResponse>(representedQueryKey));
    setEndedFor(person ? `${person.givenName} ${person.familyName}` : '');
  }, [queryClient]);

  const handleProxyEnded = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      rememberWhom();
      // The session check moves the session back to the resident without refusing that one request.
      await queryClient.refetchQueries({ queryKey: sessionQueryKey });
      await reloadPersonData(queryClient);
    } finally {
      busy.current = false;
    }
  }, [queryClient, rememberWhom]);

  // A request refused with 403 proxy_access_ended: the session already acts for the resident.
  useEffect(
    () =>
      onProxyAccessEnded(() => {
        if (busy.current) return;
        rememberWhom();
        void reloadPersonData(queryClient);
      }),
    [queryClient, rememberWhom],
  );

  const value = useMemo(() => ({ endedFor, dismiss: () => setEndedFor(null), handleProxyEnded }), [endedFor, handleProxyEnded]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProxyEnded(): ProxyEnded {
  const value = useContext(Context);
  if (!value) throw new Error('useProxyEnded outside ProxyEndedProvider');
  return value;
}
