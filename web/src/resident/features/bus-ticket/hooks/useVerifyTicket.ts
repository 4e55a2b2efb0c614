import { useMutation } from '@tanstack/react-query';
import { verifyTicket } from '../api/verify-ticket.ts';

export function useVerifyTicket() {
  return useMutation({ mutationFn: verifyTicket });
}
