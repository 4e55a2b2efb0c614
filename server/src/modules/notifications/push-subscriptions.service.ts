import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import { pushSubscriptionsRepository } from './push-subscriptions.repository.ts';

/** The resident's browsers that asked for push; notifications go to the account holder's own browsers, not to whom they act for. */
export class PushSubscriptions {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly publicKey: () => Promise<string>,
  ) {}

  async save(principal: ResidentPrincipal, subscription: { endpoint: string; keys: { p256dh: string; auth: string } }): Promise<void> {
    await pushSubscriptionsRepository.save(this.db, { endpoint: subscription.endpoint, residentId: principal.residentId, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, createdAt: this.clock.now() });
  }

  async remove(principal: ResidentPrincipal, endpoint: string): Promise<void> {
    await pushSubscriptionsRepository.remove(this.db, endpoint, principal.residentId);
  }
}
