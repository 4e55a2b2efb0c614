import { apiRequest } from '../../../../shared/api/client.ts';
import { chatStartOptionsResponse, type ChatStartOptionsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/chat/start-options — the units the person acted for may write to, their errands, questions and chat hours (R-MS-4, R-MS-10). */
export function getChatStartOptions(signal?: AbortSignal): Promise<ChatStartOptionsResponse> {
  return apiRequest('GET', '/api/me/chat/start-options', { schema: chatStartOptionsResponse, signal });
}
