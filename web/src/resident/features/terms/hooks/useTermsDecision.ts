import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../../shared/api/client.ts';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';
import { setSignInNotice } from '../../../../shared/auth/sign-in-notice.ts';
import { residentPaths } from '../../../paths.ts';
import { acceptTerms } from '../api/accept-terms.ts';
import { declineTerms } from '../api/decline-terms.ts';
import { clearPendingTerms } from './pending-terms.ts';

export function useAcceptTerms() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: acceptTerms,
    onSuccess: async () => {
      clearPendingTerms();
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      void navigate(residentPaths.home, { replace: true });
    },
  });
}

export function useDeclineTerms() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: declineTerms,
    onSettled: (_data, error) => {
      // Declining must always end on the start page; a vanished sign-in has created nothing either.
      if (error && !(isApiError(error) && error.code === 'sign_in_not_found')) return;
      clearPendingTerms();
      setSignInNotice('termsDeclined');
      void navigate(residentPaths.home, { replace: true });
    },
  });
}
