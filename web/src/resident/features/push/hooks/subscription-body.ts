import type { z } from 'zod';
import type { pushSubscriptionRequest } from '../../../../shared/contracts.ts';

/** What the API stores of a browser's subscription: where to push and the keys to encrypt with. */
export function subscriptionBody(subscription: PushSubscriptionJSON): z.input<typeof pushSubscriptionRequest> {
  const { endpoint, keys } = subscription;
  // Browsers always give both keys for a subscription with an applicationServerKey; anything else cannot be pushed to.
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new Error('The browser gave a push subscription without keys');
  return { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}
