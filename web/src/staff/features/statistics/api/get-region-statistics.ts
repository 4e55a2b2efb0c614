import { apiRequest } from '../../../../shared/api/client.ts';
import { regionStatisticsResponse, type RegionStatisticsResponse } from '../../../../shared/contracts.ts';

/** GET /api/admin/statistics?months=N — the region's figures per month (R-UN-5; region administrators). */
export function getRegionStatistics(months: number, signal?: AbortSignal): Promise<RegionStatisticsResponse> {
  return apiRequest('GET', `/api/admin/statistics?months=${months}`, { schema: regionStatisticsResponse, signal });
}
