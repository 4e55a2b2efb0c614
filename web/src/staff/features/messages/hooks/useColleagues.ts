import { useQuery } from '@tanstack/react-query';
import { getColleagues } from '../api/get-colleagues.ts';

/** Per active unit: the colleagues a conversation can be handed to. */
export function useColleagues(activeUnitId: string | null, enabled: boolean) {
  return useQuery({ queryKey: ['staff', 'colleagues', activeUnitId], queryFn: ({ signal }) => getColleagues(signal), enabled });
}
