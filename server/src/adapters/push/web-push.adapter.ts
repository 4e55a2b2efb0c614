import webpush from 'web-push';
import type { PushPayload, PushPort, PushSubscriptionKeys } from './push.port.ts';

export interface VapidDetails {
  /** base64url, as generateVapidKeys() makes them; the public key is also what browsers subscribe with. */
  publicKey: string;
  privateKey: string;
  /** A mailto: or https: contact the push services can reach us at. */
  subject: string;
}

/** A notice about a message still matters the next day; after that the resident has likely looked anyway. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * RFC 8030 push with VAPID (RFC 8292) and an aes128gcm-encrypted payload (RFC 8291). The web-push
 * package signs and encrypts; we send with fetch so the timeout and the response handling are ours
 * (and a test push service may speak plain HTTP).
 */
export class WebPush implements PushPort {
  constructor(private readonly vapid: VapidDetails) {}

  async send(subscription: PushSubscriptionKeys, payload: PushPayload): Promise<'sent' | 'gone'> {
    const request = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
      vapidDetails: this.vapid,
      TTL: TTL_SECONDS,
      urgency: 'normal',
      contentEncoding: 'aes128gcm',
    });
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
      // A copy as a plain Uint8Array: fetch's types refuse a Buffer over a possibly shared memory.
      body: request.body && new Uint8Array(request.body),
      signal: AbortSignal.timeout(10_000),
    });
    // Only the status matters; release the connection.
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) throw new Error(`Push service answered ${response.status}`);
    return 'sent';
  }
}

/** A new VAPID key pair, for a server that has none yet. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { publicKey, privateKey };
}
