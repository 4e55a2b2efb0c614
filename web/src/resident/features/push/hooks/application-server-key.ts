/** The VAPID public key comes as base64url; PushManager.subscribe takes its bytes. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** A subscription made with another key (the server's keys were replaced) can no longer be pushed to. */
export function madeWithKey(subscriptionKey: ArrayBuffer | null, key: Uint8Array): boolean {
  if (!subscriptionKey || subscriptionKey.byteLength !== key.length) return false;
  const bytes = new Uint8Array(subscriptionKey);
  return bytes.every((byte, i) => byte === key[i]);
}
