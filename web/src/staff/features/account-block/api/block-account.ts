import { apiRequest } from '../../../../shared/api/client.ts';
import type { BlockReason } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/:id/block — block the resident's account with a reason (R-ID-5); ends their sessions at once. */
export function blockAccount(residentId: string, reason: BlockReason): Promise<void> {
  return apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/block`, { body: { reason } });
}
