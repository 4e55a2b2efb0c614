import { useQuery } from '@tanstack/react-query';
import { getEvaluations } from '../api/get-evaluations.ts';

export function useEvaluations(activeUnitId: string | null) {
  return useQuery({ queryKey: ['staff', 'evaluations', activeUnitId], queryFn: ({ signal }) => getEvaluations(signal) });
}
