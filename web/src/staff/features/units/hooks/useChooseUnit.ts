import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';
import { staffPaths } from '../../../paths.ts';
import { useSearchMemory } from '../../search/hooks/useSearchMemory.tsx';
import { adminQueryKey } from '../../unit-admin/hooks/useAdminUnits.ts';
import { chooseActiveUnit } from '../api/choose-active-unit.ts';
import { staffMeQueryKey } from './useStaffMe.ts';
import { residentsQueryKey } from '../../proxies/hooks/useResidentProxies.ts';

/** Switch the unit this session works in; what was read for the old unit is forgotten. */
export function useChooseUnit() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { clear } = useSearchMemory();
  return useMutation({
    mutationFn: chooseActiveUnit,
    onMutate: () => {
      // Leave any resident page before the switch: it belongs to the old unit. Removing its queries
      // aborts reads still on their way, which the new unit would otherwise answer with 404.
      void navigate(staffPaths.search, { replace: true });
      clear();
      queryClient.removeQueries({ queryKey: residentsQueryKey });
    },
    onSuccess: async () => {
      // What an administrator sees depends on their roles in the active unit.
      queryClient.removeQueries({ queryKey: adminQueryKey });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffMeQueryKey }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
      ]);
    },
  });
}
