import { apiRequest } from '../../../../shared/api/client.ts';
import { evaluationSummaryResponse, type EvaluationSummaryResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/evaluations — what residents answered after the active unit's closed chats (R-MS-9). */
export function getEvaluations(signal?: AbortSignal): Promise<EvaluationSummaryResponse> {
  return apiRequest('GET', '/api/staff/evaluations', { schema: evaluationSummaryResponse, signal });
}
