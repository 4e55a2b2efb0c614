import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { expectSessionEnd } from '../../../../shared/auth/session-ending.ts';
import { residentPaths } from '../../../paths.ts';
import { unregister } from '../api/unregister.ts';

export interface UnregisteredState {
  blocked: boolean;
}

/** Unregister (and maybe block) the account; then the person is signed out and told what happened. */
export function useUnregister() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: unregister,
    // The server closes this page's live connection as the session ends; this flow navigates itself.
    onMutate: () => ({ reset: expectSessionEnd() }),
    onError: (_error, _block, context) => context?.reset(),
    onSuccess: (_data, block) => {
      // The signed-out page forgets the session when it shows (leaving this guarded page first).
      const state: UnregisteredState = { blocked: block };
      void navigate(residentPaths.unregistered, { replace: true, state });
    },
  });
}
