import { apiRequest } from '../../../../shared/api/client.ts';
import { residentConversationResponse, type ResidentConversationResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/conversations/:id — the conversation and its messages after `afterSeq` (0: all of them). */
export function getConversation(conversationId: string, afterSeq: number, signal?: AbortSignal): Promise<ResidentConversationResponse> {
  return apiRequest('GET', `/api/me/conversations/${encodeURIComponent(conversationId)}?afterSeq=${afterSeq}`, { schema: residentConversationResponse, signal });
}
