import { apiRequest } from '../../../../shared/api/client.ts';
import { sendMessageResponse, type Message, type StaffSendMessageRequest } from '../../../../shared/contracts.ts';

/** POST /api/staff/conversations/:id/messages — a reply or an internal note; the same client id is stored once. */
export async function sendMessage(conversationId: string, body: StaffSendMessageRequest): Promise<Message> {
  const sent = await apiRequest('POST', `/api/staff/conversations/${encodeURIComponent(conversationId)}/messages`, { body, schema: sendMessageResponse });
  return sent.message;
}
