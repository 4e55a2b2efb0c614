import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/conversations/:id/call-back — the resident is told care will phone them (R-MS-6). */
export function callBack(conversationId: string): Promise<void> {
  return apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/call-back`);
}
