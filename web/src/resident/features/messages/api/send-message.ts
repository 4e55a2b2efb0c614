import { apiRequest } from '../../../../shared/api/client.ts';
import { sendMessageResponse, type Message, type SendMessageRequest } from '../../../../shared/contracts.ts';

/** POST /api/me/conversations/:id/messages — answered once the message is stored; the same clientId again returns the same message. */
export async function sendMessage(conversationId: string, request: SendMessageRequest): Promise<Message> {
  const { message } = await apiRequest('POST', `/api/me/conversations/${encodeURIComponent(conversationId)}/messages`, { body: request, schema: sendMessageResponse });
  return message;
}
