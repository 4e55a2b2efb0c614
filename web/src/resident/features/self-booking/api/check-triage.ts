import { apiRequest } from '../../../../shared/api/client.ts';
import { triageCheckResponse, type Answers, type TriageCheckResponse } from '../../../../shared/contracts.ts';

/** POST /api/me/self-booking/:typeId/triage — go on to the times, or stop with advice. */
export function checkTriage(typeId: string, answers: Answers): Promise<TriageCheckResponse> {
  return apiRequest('POST', `/api/me/self-booking/${encodeURIComponent(typeId)}/triage`, { body: { answers }, schema: triageCheckResponse });
}
