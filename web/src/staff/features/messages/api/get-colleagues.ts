import { apiRequest } from '../../../../shared/api/client.ts';
import { colleaguesResponse, type ColleaguesResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/colleagues — the active unit's care staff, to hand a conversation to. */
export function getColleagues(signal?: AbortSignal): Promise<ColleaguesResponse> {
  return apiRequest('GET', '/api/staff/colleagues', { schema: colleaguesResponse, signal });
}
