import { apiRequest } from '../../../../shared/api/client.ts';
import { myCareUnitsResponse, type MyCareUnitsResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/care-units — the units the person acted for may contact, and what they may start there (R-UN-1, R-MS-10). */
export function getMyCareUnits(signal?: AbortSignal): Promise<MyCareUnitsResponse> {
  return apiRequest('GET', '/api/me/care-units', { schema: myCareUnitsResponse, signal });
}
