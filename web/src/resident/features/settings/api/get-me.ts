import { apiRequest } from '../../../../shared/api/client.ts';
import { meResponse, type MeResponse } from '../../../../shared/contracts.ts';

/** GET /api/me — the signed-in resident's own details and accepted terms. */
export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return apiRequest('GET', '/api/me', { schema: meResponse, signal });
}
