import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/me/conversations/:id/read — the messages up to `seq` are read (when the socket is down). */
export function markRead(conversationId: string, seq: number): Promise<void> {
  return apiRequest('POST', `/api/me/conversations/${encodeURIComponent(conversationId)}/read`, { body: { seq } });
}
