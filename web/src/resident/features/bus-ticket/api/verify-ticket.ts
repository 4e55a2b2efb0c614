import { apiRequest } from '../../../../shared/api/client.ts';
import { verifyTicketResponse, type VerifyTicketResponse } from '../../../../shared/contracts.ts';

/** POST /api/tickets/verify — public: whether a ticket code holds now, and its window; never whose it is. */
export function verifyTicket(code: string): Promise<VerifyTicketResponse> {
  return apiRequest('POST', '/api/tickets/verify', { body: { code }, schema: verifyTicketResponse });
}
