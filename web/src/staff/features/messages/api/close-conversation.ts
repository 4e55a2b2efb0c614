import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/conversations/:id/close — the resident can write no more and is asked to evaluate (R-MS-1, R-MS-9). */
export function closeConversation(conversationId: string): Promise<void> {
  return apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/close`);
}
