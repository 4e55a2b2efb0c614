import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddProxyRequest } from '../../../../shared/contracts.ts';
import { addProxy } from '../api/add-proxy.ts';
import { blockGuardians } from '../api/block-guardians.ts';
import { endProxy } from '../api/end-proxy.ts';
import { liftGuardianBlock } from '../api/lift-guardian-block.ts';
import { residentQueryKey } from './useResidentProxies.ts';

/** After any change, the resident's overview and proxies are read again. */
function useRefreshResident(residentId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: residentQueryKey(residentId) });
}

export function useAddProxy(residentId: string) {
  const refresh = useRefreshResident(residentId);
  return useMutation({ mutationFn: (body: AddProxyRequest) => addProxy(residentId, body), onSuccess: refresh });
}

export function useEndProxy(residentId: string) {
  const refresh = useRefreshResident(residentId);
  return useMutation({ mutationFn: ({ grantId, reason }: { grantId: string; reason: string }) => endProxy(grantId, reason), onSuccess: refresh });
}

export function useBlockGuardians(residentId: string) {
  const refresh = useRefreshResident(residentId);
  return useMutation({ mutationFn: ({ guardianIds, reason }: { guardianIds: string[]; reason: string }) => blockGuardians(residentId, guardianIds, reason), onSuccess: refresh });
}

export function useLiftGuardianBlock(residentId: string) {
  const refresh = useRefreshResident(residentId);
  return useMutation({ mutationFn: liftGuardianBlock, onSuccess: refresh });
}
