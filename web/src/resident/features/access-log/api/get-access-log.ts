import { apiRequest } from '../../../../shared/api/client.ts';
import { accessLogResponse, type AccessLogResponse } from '../../../../shared/contracts.ts';

/** GET /api/me/access-log — which staff read my data, when, from which unit (R-IN-2). */
export function getAccessLog(signal?: AbortSignal): Promise<AccessLogResponse> {
  return apiRequest('GET', '/api/me/access-log', { schema: accessLogResponse, signal });
}
