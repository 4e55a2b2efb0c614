import { apiRequest } from '../../../../shared/api/client.ts';
import { residentProxiesResponse, type ResidentProxiesResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/residents/:id/proxies — every proxy of the resident, guardian blocks and what proxies did (R-PX-6); logged. */
export function getResidentProxies(residentId: string, signal?: AbortSignal): Promise<ResidentProxiesResponse> {
  return apiRequest('GET', `/api/staff/residents/${encodeURIComponent(residentId)}/proxies`, { schema: residentProxiesResponse, signal });
}
