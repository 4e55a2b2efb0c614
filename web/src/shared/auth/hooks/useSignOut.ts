import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../api/sign-out.ts';
import { signOutEverywhere } from '../api/sign-out-everywhere.ts';
import { expectSessionEnd } from '../session-ending.ts';
import { setSignInNotice } from '../sign-in-notice.ts';
import { clearToSignedOut } from './useSession.ts';
import { forgetUnsentMessages } from '../../chat/useConversationStream.ts';

/** Sign out here, or everywhere; either way the person ends on the sign-in page with a confirmation. */
export function useSignOut(signInPath: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (scope: 'here' | 'everywhere') => (scope === 'everywhere' ? signOutEverywhere() : signOut()),
    // The server closes this page's live connection too; that must not take over the navigation.
    onMutate: () => ({ reset: expectSessionEnd() }),
    onSettled: (_data, error, scope, context) => {
      // "Everywhere" must not claim success when it failed; signing out here always ends this page's session.
      if (error && scope === 'everywhere') {
        context?.reset();
        return;
      }
      setSignInNotice(scope === 'everywhere' ? 'signedOutEverywhere' : 'signedOut');
      forgetUnsentMessages();
      clearToSignedOut(queryClient);
      void navigate(signInPath, { replace: true });
    },
  });
}
