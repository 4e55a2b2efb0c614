import type { z } from 'zod';
import { apiRequest } from '../../../../shared/api/client.ts';
import { startConversationResponse, type StartChatRequest } from '../../../../shared/contracts.ts';

/** POST /api/me/conversations — opens the conversation; the same clientId again opens nothing new. */
export function startConversation(request: StartChatRequest): Promise<z.infer<typeof startConversationResponse>> {
  return apiRequest('POST', '/api/me/conversations', { body: request, schema: startConversationResponse });
}
