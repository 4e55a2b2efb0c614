import { type ClientMessage, serverMessage, WS_CLOSE_PROXY_ENDED, WS_CLOSE_RECONNECT, WS_CLOSE_SESSION_ENDED, type ServerMessage } from '../contracts.ts';

export type SessionEndReason = Extract<ServerMessage, { type: 'session_ended' }>['reason'];

export interface RealtimeHandlers {
  /**
   * The server ended the session (4401): do not reconnect; go to sign-in. A socket opened when the
   * session had already ended (signed out elsewhere while this tab was offline) is closed so too,
   * which is why reconnecting asks nothing first.
   */
  onSessionEnded: (reason: SessionEndReason) => void;
  /** Only the proxy link ended (4403): reload whom the person acts for; the socket reconnects when this settles. */
  onProxyEnded: () => Promise<void> | void;
}

export type RealtimeStatus = 'connecting' | 'open' | 'closed';

/** The app's live connection as features use it: send when open, listen to what arrives, watch the status. */
export interface RealtimeConnection {
  /** Sends at once when the socket is open; false when it is not (the caller falls back to HTTP). */
  send(message: ClientMessage): boolean;
  listen(listener: (message: ServerMessage) => void): () => void;
  onStatus(listener: (status: RealtimeStatus) => void): () => void;
  status(): RealtimeStatus;
  close(): void;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/ws`;
}

/**
 * The app's one live connection (same origin, session cookie). Reconnects with exponential backoff
 * after an unexpected close, at once after a proxy link ended or when the server asks (a restart,
 * another unit chosen), never after the session ended.
 */
export function openRealtime(handlers: RealtimeHandlers): RealtimeConnection {
  let socket: WebSocket | null = null;
  let status: RealtimeStatus = 'connecting';
  const listeners = new Set<(message: ServerMessage) => void>();
  const statusListeners = new Set<(status: RealtimeStatus) => void>();
  const setStatus = (next: RealtimeStatus) => {
    if (next === status) return;
    status = next;
    for (const l of statusListeners) l(next);
  };
  let stopped = false;
  let delay = FIRST_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let endReason: SessionEndReason | null = null;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      if (!stopped) connect();
    }, ms);
  };

  const connect = () => {
    endReason = null;
    const ws = new WebSocket(socketUrl());
    socket = ws;
    ws.addEventListener('message', (event) => {
      let data: unknown;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const parsed = serverMessage.safeParse(data);
      if (!parsed.success) return;
      if (parsed.data.type === 'hello') {
        delay = FIRST_DELAY_MS;
        setStatus('open');
      }
      if (parsed.data.type === 'session_ended') endReason = parsed.data.reason;
      for (const l of listeners) l(parsed.data);
    });
    ws.addEventListener('close', (event) => {
      if (socket === ws) socket = null;
      setStatus(stopped ? 'closed' : 'connecting');
      if (stopped) return;
      if (event.code === WS_CLOSE_SESSION_ENDED) {
        stopped = true;
        handlers.onSessionEnded(endReason ?? 'signed_out');
        return;
      }
      if (event.code === WS_CLOSE_PROXY_ENDED) {
        void Promise.resolve(handlers.onProxyEnded()).finally(() => schedule(0));
        return;
      }
      if (event.code === WS_CLOSE_RECONNECT) {
        schedule(Math.random() * 500);
        return;
      }
      schedule(delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };

  connect();

  return {
    send: (message) => {
      if (!socket || socket.readyState !== WebSocket.OPEN || status !== 'open') return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    status: () => status,
    close: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      const ws = socket;
      socket = null;
      setStatus('closed');
      if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) ws.close(1000, 'closed by the app');
    },
  };
}
