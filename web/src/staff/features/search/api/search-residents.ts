import { apiRequest } from '../../../../shared/api/client.ts';
import { residentSearchResponse, type ResidentSearchResponse } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/search — find a resident connected to the active unit (logged, R-IN-2). */
export function searchResidents(identifier: string): Promise<ResidentSearchResponse> {
  return apiRequest('POST', '/api/staff/residents/search', { body: { identifier }, schema: residentSearchResponse });
}
