import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Answers } from '../../../../shared/contracts.ts';
import { refreshBookings } from '../../bookings/hooks/refresh-bookings.ts';
import { bookTime } from '../api/book-time.ts';
import { checkTriage } from '../api/check-triage.ts';

export function useTriageCheck(typeId: string) {
  return useMutation({ mutationFn: (answers: Answers) => checkTriage(typeId, answers) });
}

export function useBookTime() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bookTime, onSuccess: () => refreshBookings(queryClient) });
}
