import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlockReason } from '../../../../shared/contracts.ts';
import { residentQueryKey } from '../../proxies/hooks/useResidentProxies.ts';
import { blockAccount } from '../api/block-account.ts';
import { unblockAccount } from '../api/unblock-account.ts';

export function useBlockAccount(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: BlockReason) => blockAccount(residentId, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentQueryKey(residentId) }),
  });
}

export function useUnblockAccount(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unblockAccount(residentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentQueryKey(residentId) }),
  });
}
