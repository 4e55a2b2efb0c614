import { apiRequest } from '../../../../shared/api/client.ts';
import { slotsResponse, type SlotsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/self-booking/:typeId/slots — free times from now on, earliest first, only those with room. */
export function getFreeSlots(typeId: string, days: number, signal?: AbortSignal): Promise<SlotsResponse> {
  return apiRequest('GET', `/api/me/self-booking/${encodeURIComponent(typeId)}/slots?days=${days}`, { schema: slotsResponse, signal });
}
