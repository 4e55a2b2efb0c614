import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { staffPaths } from '../../../paths.ts';
import { connectUnit } from '../api/connect-unit.ts';
import { adminUnitsQueryKey } from './useAdminUnits.ts';

/** Connect a unit, then open its page. */
export function useConnectUnit() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: connectUnit,
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: adminUnitsQueryKey });
      void navigate(staffPaths.adminUnit(id));
    },
  });
}
