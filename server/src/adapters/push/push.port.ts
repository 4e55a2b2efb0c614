/** Web Push to residents' browsers (VAPID). Only "you have a new message" texts: never medical content or names. */
export interface PushSubscriptionKeys {
  /** The push service's URL for one browser, as the browser's PushSubscription gave it. */
  endpoint: string;
  /** base64url: the browser's P-256 public key and its 16-byte auth secret (RFC 8291). */
  keys: { p256dh: string; auth: string };
}

export interface PushPayload {
  title: string;
  body: string;
  /** A path in the resident app, e.g. `/meddelanden`, opened when the notification is clicked. */
  url: string;
}

export interface PushPort {
  /**
   * Delivers one notification. 'gone' when the push service says the subscription no longer exists
   * (404/410): the caller deletes it. Any other failure rejects.
   */
  send(subscription: PushSubscriptionKeys, payload: PushPayload): Promise<'sent' | 'gone'>;
}
