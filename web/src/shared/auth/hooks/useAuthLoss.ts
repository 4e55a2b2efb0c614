import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onAuthLost } from '../../api/auth-events.ts';
import { sessionEndExpected } from '../session-ending.ts';
import { setSignInNotice } from '../sign-in-notice.ts';
import { clearToSignedOut } from './useSession.ts';

/** Any 401 `unauthenticated`/`session_expired` from the API sends the person back to sign-in. */
export function useAuthLoss(signInPath: string): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      onAuthLost((reason) => {
        // This page is ending the session itself (sign-out, unregister) and navigates on its own.
        if (sessionEndExpected()) return;
        setSignInNotice(reason === 'session_expired' ? 'sessionExpired' : 'unauthenticated');
        clearToSignedOut(queryClient);
        void navigate(signInPath, { replace: true });
      }),
    [queryClient, navigate, signInPath],
  );
}
