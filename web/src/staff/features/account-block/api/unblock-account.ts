import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/residents/:id/unblock — lift the block; only care can (R-ID-6). */
export function unblockAccount(residentId: string): Promise<void> {
  return apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/unblock`, { body: {} });
}
