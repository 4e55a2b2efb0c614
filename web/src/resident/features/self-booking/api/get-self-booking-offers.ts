import { apiRequest } from '../../../../shared/api/client.ts';
import { selfBookingOffersResponse, type SelfBookingOffersResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/self-booking — what the person acted for may book themself, with each type's triage form (R-BK-4). */
export function getSelfBookingOffers(signal?: AbortSignal): Promise<SelfBookingOffersResponse> {
  return apiRequest('GET', '/api/me/self-booking', { schema: selfBookingOffersResponse, signal });
}
