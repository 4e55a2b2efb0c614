import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/proxies/:grantId/end — end a recorded proxy at once, with a reason. */
export function endProxy(grantId: string, reason: string): Promise<void> {
  return apiRequest('POST', `/api/staff/proxies/${encodeURIComponent(grantId)}/end`, { body: { reason } });
}
