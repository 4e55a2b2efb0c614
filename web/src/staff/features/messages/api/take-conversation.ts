import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/conversations/:id/take — the signed-in staff member holds the conversation (R-MS-7). */
export function takeConversation(conversationId: string): Promise<void> {
  return apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/take`);
}
