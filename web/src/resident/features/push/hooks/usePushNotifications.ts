import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { deletePushSubscription } from '../api/delete-push-subscription.ts';
import { getPushKey } from '../api/get-push-key.ts';
import { savePushSubscription } from '../api/save-push-subscription.ts';
import { base64UrlToBytes } from './application-server-key.ts';
import { browserSupportsPush, currentSubscription, subscribe } from './browser-push.ts';
import { subscriptionBody } from './subscription-body.ts';

export type PushError = 'enable_failed' | 'disable_failed';

export interface PushNotifications {
  /** The browser can take push and the server has a key; otherwise the UI offers nothing. */
  supported: boolean;
  permission: NotificationPermission | 'unsupported';
  /** This browser is subscribed (the setting is per device, not per account). */
  subscribed: boolean;
  /** Only from a user gesture (a click): browsers ask for permission only then. */
  enable(): Promise<void>;
  disable(): Promise<void>;
  busy: boolean;
  error: PushError | null;
}

/** "New message" notifications on this device. */
export function usePushNotifications(): PushNotifications {
  const browserSupport = browserSupportsPush();
  const key = useQuery({
    queryKey: ['push', 'key'],
    queryFn: ({ signal }) => getPushKey(signal),
    enabled: browserSupport,
    staleTime: Infinity,
  });
  const publicKey = key.data?.publicKey ?? null;
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(() => (browserSupport ? Notification.permission : 'unsupported'));
  const [subscribed, setSubscribed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PushError | null>(null);

  useEffect(() => {
    if (!browserSupport) return;
    let current = true;
    currentSubscription().then(
      (subscription) => {
        if (current) setSubscribed(subscription !== null);
      },
      // Unreadable counts as not subscribed: turning the setting on subscribes anew.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [browserSupport]);

  async function run(action: () => Promise<void>, failure: PushError): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const enable = () =>
    run(async () => {
      if (!publicKey) return;
      // Asked before anything is awaited, while the click still counts as the user's.
      const answer = await Notification.requestPermission();
      setPermission(answer);
      if (answer !== 'granted') return;
      const subscription = await subscribe(base64UrlToBytes(publicKey));
      await savePushSubscription(subscriptionBody(subscription.toJSON()));
      setSubscribed(true);
    }, 'enable_failed');

  const disable = () =>
    run(async () => {
      const subscription = await currentSubscription();
      if (subscription) {
        // The server forgets it first: should that fail, the browser keeps it and the setting still tells the truth.
        await deletePushSubscription(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setSubscribed(false);
    }, 'disable_failed');

  return { supported: browserSupport && publicKey !== null, permission, subscribed, enable, disable, busy, error };
}
