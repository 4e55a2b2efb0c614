import { apiRequest } from '../../../../shared/api/client.ts';
import { chatTriageResponse, type Answers, type ChatTriageResponse, type Errand } from '../../../../shared/contracts.ts';

/** POST /api/me/chat/triage — go on to writing, or stop with advice. */
export function checkChatTriage(unitId: string, errand: Errand, answers: Answers): Promise<ChatTriageResponse> {
  return apiRequest('POST', '/api/me/chat/triage', { body: { unitId, errand, answers }, schema: chatTriageResponse });
}
