import { apiRequest } from '../../../../shared/api/client.ts';
import { staffConversationResponse, type StaffConversationResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/conversations/:id — the conversation and its messages and notes after `afterSeq`; every read is logged (R-IN-2). */
export function getConversation(conversationId: string, afterSeq: number, signal?: AbortSignal): Promise<StaffConversationResponse> {
  return apiRequest('GET', `/api/staff/conversations/${encodeURIComponent(conversationId)}?afterSeq=${afterSeq}`, { schema: staffConversationResponse, signal });
}
