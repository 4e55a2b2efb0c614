import type { z } from 'zod';
import { apiRequest } from '../../../../shared/api/client.ts';
import type { pushSubscriptionRequest } from '../../../../shared/contracts.ts';

/** POST /api/push/subscriptions — this browser may be sent "new message" notifications. */
export function savePushSubscription(subscription: z.input<typeof pushSubscriptionRequest>): Promise<void> {
  return apiRequest('POST', '/api/push/subscriptions', { body: subscription });
}
