import { apiRequest } from '../../../../shared/api/client.ts';
import type { EvaluationRequest } from '../../../../shared/contracts.ts';

/** POST /api/me/conversations/:id/evaluation — the answers to a closed chat's evaluation questions (R-MS-9). */
export function sendEvaluation(conversationId: string, answers: EvaluationRequest): Promise<void> {
  return apiRequest('POST', `/api/me/conversations/${encodeURIComponent(conversationId)}/evaluation`, { body: answers });
}
