import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/me/unregister — removes the resident's own account, and blocks it when `block` (R-ID-6). Ends the session. */
export function unregister(block: boolean): Promise<void> {
  return apiRequest('POST', '/api/me/unregister', { body: { block, confirmed: true } });
}
