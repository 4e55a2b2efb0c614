import { apiRequest } from '../../../../shared/api/client.ts';
import { startConversationResponse } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/:id/conversations — care writes first (R-MS-1); answers the new conversation's id. */
export async function startConversation(residentId: string, message: string, clientId: string): Promise<string> {
  const started = await apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/conversations`, { body: { message, clientId }, schema: startConversationResponse });
  return started.conversationId;
}
