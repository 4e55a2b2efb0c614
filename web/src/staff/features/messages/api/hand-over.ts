import { apiRequest } from '../../../../shared/api/client.ts';
import type { HandOverRequest } from '../../../../shared/contracts.ts';

/** POST /api/staff/conversations/:id/hand-over — to a profession's queue or a named colleague, with an internal note (R-MS-6). */
export function handOver(conversationId: string, body: HandOverRequest): Promise<void> {
  return apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/hand-over`, { body });
}
