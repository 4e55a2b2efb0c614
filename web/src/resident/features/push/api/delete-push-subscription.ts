import { apiRequest } from '../../../../shared/api/client.ts';

/** DELETE /api/push/subscriptions — no more notifications to this browser. */
export function deletePushSubscription(endpoint: string): Promise<void> {
  return apiRequest('DELETE', '/api/push/subscriptions', { body: { endpoint } });
}
