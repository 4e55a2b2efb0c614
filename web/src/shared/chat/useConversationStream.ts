import { useEffect, useMemo, useRef, useState } from 'react';
import type { Message } from '../contracts.ts';
import { useRealtimeConnection } from '../realtime/RealtimeContext.ts';
import { ConversationStream, type OutgoingMessage, type PendingMessage, type PendingStore, type Side, type StreamHttp, type StreamState } from './conversation-stream.ts';

const PENDING_KEY_PREFIX = 'vardkontakten.pending.';

/**
 * Signing out leaves no message text on the device (a shared computer, a borrowed phone): messages
 * not yet sent are forgotten. Until then they survive reloads and lost connections.
 */
export function forgetUnsentMessages(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k?.startsWith(PENDING_KEY_PREFIX) ?? false);
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept there either.
  }
}

function localPendingStore(key: string): PendingStore {
  return {
    load: () => {
      try {
        return JSON.parse(localStorage.getItem(key) ?? '[]') as PendingMessage[];
      } catch {
        return [];
      }
    },
    save: (pending) => {
      try {
        if (pending.length) localStorage.setItem(key, JSON.stringify(pending));
        else localStorage.removeItem(key);
      } catch {
        // Storage full or blocked: pending messages then live only as long as the page.
      }
    },
  };
}

const EMPTY: StreamState = { messages: [], pending: [], otherTyping: false, otherReadSeq: 0, changes: 0, live: false };

export interface ConversationStreamApi extends StreamState {
  send(message: Partial<OutgoingMessage> & { body: string }): string;
  retry(clientId: string): void;
  discard(clientId: string): void;
  markRead(): void;
  typing(): void;
}

/**
 * A conversation's messages, live over the app's WebSocket (or polled over HTTP while it is down),
 * with messages being sent kept apart until the server confirms them. `initial` is what the page
 * fetched over HTTP; the stream starts when it is there.
 */
export function useConversationStream(conversationId: string, side: Side, initial: Message[] | undefined, http: StreamHttp): ConversationStreamApi {
  const realtime = useRealtimeConnection();
  const [state, setState] = useState<StreamState>(() => (initial ? { ...EMPTY, messages: initial } : EMPTY));
  const stream = useRef<ConversationStream | null>(null);
  const httpRef = useRef(http);
  httpRef.current = http;
  const ready = initial !== undefined;

  useEffect(() => {
    if (!ready) {
      // Another conversation (or another person acted for) loading: show nothing of the one before.
      setState(EMPTY);
      return;
    }
    const s = new ConversationStream(
      conversationId,
      side,
      realtime,
      { fetchAfter: (after) => httpRef.current.fetchAfter(after), send: (id, m) => httpRef.current.send(id, m), read: (seq) => httpRef.current.read(seq) },
      localPendingStore(`${PENDING_KEY_PREFIX}${side}.${conversationId}`),
      () => crypto.randomUUID(),
      setState,
      initial ?? [],
    );
    stream.current = s;
    s.start();
    return () => {
      s.stop();
      stream.current = null;
    };
    // The initial messages seed the stream once; later ones arrive through it.
  }, [conversationId, side, realtime, ready]);

  return useMemo(
    () => ({
      ...state,
      send: (m) => stream.current?.send({ kind: 'reply', attachmentIds: [], links: [], ...m }) ?? '',
      retry: (id) => stream.current?.retry(id),
      discard: (id) => stream.current?.discard(id),
      markRead: () => stream.current?.markRead(),
      typing: () => stream.current?.typing(),
    }),
    [state],
  );
}
