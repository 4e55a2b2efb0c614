/**
 * When a request answers 403 `proxy_access_ended`, the session now acts for the person themself:
 * the API client reports it here and the resident app reloads whom the person acts for.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onProxyAccessEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportProxyAccessEnded(): void {
  for (const listener of listeners) listener();
}
