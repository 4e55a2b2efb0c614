import { apiRequest } from '../../../../shared/api/client.ts';
import { representedResponse, type RepresentedResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/represented — the resident, whom they act for now, and everyone they may act for (R-PX-5). */
export function getRepresented(signal?: AbortSignal): Promise<RepresentedResponse> {
  return apiRequest('GET', '/api/me/represented', { schema: representedResponse, signal });
}
