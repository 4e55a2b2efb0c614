import { useSyncExternalStore } from 'react';

/**
 * Whether the resident has sent a message in this tab: only then is the offer of notifications
 * shown, when it makes sense to them (PushOffer). Kept for the tab, so a reload does not lose it.
 */
const KEY = 'vardkontakten.messageSent';
const listeners = new Set<() => void>();
let sent = read();

function read(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function noteMessageSent(): void {
  if (sent) return;
  sent = true;
  try {
    window.sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage blocked: remembered for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSentThisSession(): boolean {
  return useSyncExternalStore(subscribe, () => sent);
}
