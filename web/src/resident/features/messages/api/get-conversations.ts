import { apiRequest } from '../../../../shared/api/client.ts';
import { residentConversationsResponse, type ResidentConversationsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/conversations — the person's conversations, newest first, with unread counts and queue places. */
export function getConversations(signal?: AbortSignal): Promise<ResidentConversationsResponse> {
  return apiRequest('GET', '/api/me/conversations', { schema: residentConversationsResponse, signal });
}
