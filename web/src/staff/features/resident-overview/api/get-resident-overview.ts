import { apiRequest } from '../../../../shared/api/client.ts';
import { residentOverviewResponse, type ResidentOverviewResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/residents/:id — the resident overview at the active unit (every read is logged, R-IN-2). */
export function getResidentOverview(residentId: string, signal?: AbortSignal): Promise<ResidentOverviewResponse> {
  return apiRequest('GET', `/api/staff/residents/${encodeURIComponent(residentId)}`, { schema: residentOverviewResponse, signal });
}
