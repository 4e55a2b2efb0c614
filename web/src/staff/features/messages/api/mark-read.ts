import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/conversations/:id/read — the resident's messages up to `seq` are read. */
export function markRead(conversationId: string, seq: number): Promise<void> {
  return apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/read`, { body: { seq } });
}
