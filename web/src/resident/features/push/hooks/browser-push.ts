import { SERVICE_WORKER_URL } from '../../../service-worker.ts';
import { madeWithKey } from './application-server-key.ts';

/** False e.g. in Safari on iPhone outside a home-screen app, and on plain http other than localhost. */
export function browserSupportsPush(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Registers the worker and subscribes this browser with the server's key, reusing a subscription made with it. */
export async function subscribe(key: Uint8Array<ArrayBuffer>): Promise<PushSubscription> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  // Subscribing needs an active worker, which a first registration does not have yet.
  const { pushManager } = await navigator.serviceWorker.ready;
  const existing = await pushManager.getSubscription();
  if (existing && madeWithKey(existing.options.applicationServerKey, key)) return existing;
  await existing?.unsubscribe();
  return pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}
