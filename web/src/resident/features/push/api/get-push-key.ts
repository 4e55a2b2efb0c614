import { apiRequest } from '../../../../shared/api/client.ts';
import { pushKeyResponse } from '../../../../shared/contracts.ts';

/** GET /api/push/key — the server's VAPID public key; null when push is not configured. */
export function getPushKey(signal?: AbortSignal): Promise<{ publicKey: string | null }> {
  return apiRequest('GET', '/api/push/key', { schema: pushKeyResponse, signal });
}
