import type { PushPayload, PushPort, PushSubscriptionKeys } from './push.port.ts';

export interface LocalPush {
  endpoint: string;
  payload: PushPayload;
  at: Date;
}

/**
 * The embedded push service: notifications are kept in this process, newest first, so a demo or a
 * test can see what a resident's browser would have shown. Nothing leaves the machine.
 */
export class LocalPushOutbox implements PushPort {
  private readonly pushes: LocalPush[] = [];
  private readonly forgotten = new Set<string>();

  constructor(private readonly keep = 200) {}

  async send(subscription: PushSubscriptionKeys, payload: PushPayload): Promise<'sent' | 'gone'> {
    if (this.forgotten.has(subscription.endpoint)) return 'gone';
    this.pushes.unshift({ endpoint: subscription.endpoint, payload, at: new Date() });
    this.pushes.length = Math.min(this.pushes.length, this.keep);
    return 'sent';
  }

  /** From now on the endpoint answers 'gone', as a real push service does once the browser unsubscribed. */
  forget(endpoint: string): void {
    this.forgotten.add(endpoint);
  }

  sentTo(endpoint: string): PushPayload[] {
    return this.pushes.filter((p) => p.endpoint === endpoint).map((p) => p.payload);
  }

  all(): readonly LocalPush[] {
    return this.pushes;
  }
}
