import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { RealtimeConnection } from '../../realtime/realtime-client.ts';
import { useRealtime } from '../../realtime/useRealtime.ts';
import { resetExpectedSessionEnd, sessionEndExpected } from '../session-ending.ts';
import { setSignInNotice } from '../sign-in-notice.ts';
import { clearToSignedOut } from './useSession.ts';

/**
 * Keeps the live connection open while signed in. When the server ends the session (blocked, signed
 * out elsewhere, expired), the page goes to sign-in at once and says why; when only a proxy link
 * ended, `onProxyEnded` reloads whom the person acts for. Returns the connection for RealtimeContext.
 */
export function useLiveSession(signedIn: boolean, signInPath: string, onProxyEnded?: () => Promise<void>): RealtimeConnection | null {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (signedIn) resetExpectedSessionEnd();
  }, [signedIn]);

  return useRealtime(signedIn, {
    onSessionEnded: (reason) => {
      // This page ended the session itself (sign-out, unregister) and navigates on its own.
      if (sessionEndExpected()) return;
      setSignInNotice(reason === 'blocked' ? 'accountBlocked' : reason === 'expired' ? 'sessionExpired' : 'signedOut');
      clearToSignedOut(queryClient);
      void navigate(signInPath, { replace: true });
    },
    onProxyEnded: async () => {
      if (onProxyEnded) await onProxyEnded();
      else await queryClient.invalidateQueries();
    },
  });
}
