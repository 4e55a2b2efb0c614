/**
 * When any request answers 401 `unauthenticated` or `session_expired`, the app goes back to
 * sign-in. The API client reports it here; the app shell listens.
 */
export type AuthLossReason = 'unauthenticated' | 'session_expired';
type Listener = (reason: AuthLossReason) => void;

const listeners = new Set<Listener>();

export function onAuthLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportAuthLost(reason: AuthLossReason): void {
  for (const listener of listeners) listener(reason);
}
