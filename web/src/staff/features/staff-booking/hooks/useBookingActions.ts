import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublishSlotsRequest, StaffBookRequest } from '../../../../shared/contracts.ts';
import { residentQueryKey } from '../../proxies/hooks/useResidentProxies.ts';
import { bookForResident } from '../api/book-for-resident.ts';
import { publishSlots } from '../api/publish-slots.ts';

/** After booking, the overview is read again so the new time shows in its list. */
export function useBookForResident(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffBookRequest) => bookForResident(residentId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentQueryKey(residentId), exact: true }),
  });
}

export function usePublishSlots() {
  return useMutation({ mutationFn: (body: PublishSlotsRequest) => publishSlots(body) });
}
