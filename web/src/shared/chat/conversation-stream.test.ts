import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage, Message, ServerMessage } from '../contracts.ts';
import type { RealtimeConnection, RealtimeStatus } from '../realtime/realtime-client.ts';
import { ConversationStream, type OutgoingMessage, type PendingMessage, type PendingStore, type StreamHttp, type StreamState } from './conversation-stream.ts';

const CONVERSATION = '00000000-0000-4000-8000-0000000000c1';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function message(seq: number, over: Partial<Message> = {}): Message {
  return {
    id: uuid(1000 + seq),
    seq,
    clientId: null,
    author: 'care',
    authorName: 'Anna Ek',
    authorProfession: 'nurse',
    kind: 'text',
    body: `message ${seq}`,
    triage: null,
    event: null,
    links: [],
    attachments: [],
    createdAt: '2025-03-14T10:00:00.000Z',
    ...over,
  };
}

/** A socket the test drives: what the stream sent, and server messages and status changes on demand. */
class FakeRealtime implements RealtimeConnection {
  readonly sent: ClientMessage[] = [];
  private readonly listeners = new Set<(m: ServerMessage) => void>();
  private readonly statusListeners = new Set<(s: RealtimeStatus) => void>();
  constructor(private current: RealtimeStatus) {}
  send(m: ClientMessage): boolean {
    if (this.current !== 'open') return false;
    this.sent.push(m);
    return true;
  }
  listen(l: (m: ServerMessage) => void) {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  onStatus(l: (s: RealtimeStatus) => void) {
    this.statusListeners.add(l);
    return () => this.statusListeners.delete(l);
  }
  status() {
    return this.current;
  }
  close() {
    this.setStatus('closed');
  }
  setStatus(s: RealtimeStatus) {
    this.current = s;
    for (const l of this.statusListeners) l(s);
  }
  deliver(m: ServerMessage) {
    for (const l of this.listeners) l(m);
  }
  sentOf<T extends ClientMessage['type']>(type: T): Extract<ClientMessage, { type: T }>[] {
    return this.sent.filter((m): m is Extract<ClientMessage, { type: T }> => m.type === type);
  }
}

/** The HTTP side: committed messages kept like the server does (a client id stored once). */
class FakeHttp implements StreamHttp {
  readonly committed: Message[] = [];
  readonly sends: string[] = [];
  readonly reads: number[] = [];
  readonly fetches: number[] = [];
  failSends: string | null = null;
  offline = false;
  async fetchAfter(afterSeq: number) {
    this.fetches.push(afterSeq);
    if (this.offline) throw Object.assign(new Error('offline'), { code: 'network_error' });
    return this.committed.filter((m) => m.seq > afterSeq);
  }
  async send(clientId: string, m: OutgoingMessage) {
    this.sends.push(clientId);
    if (this.failSends) throw Object.assign(new Error('refused'), { code: this.failSends });
    return this.commit(m.body, clientId, 'resident');
  }
  async read(seq: number) {
    this.reads.push(seq);
  }
  commit(body: string, clientId: string | null = null, author: Message['author'] = 'care'): Message {
    const earlier = clientId ? this.committed.find((m) => m.clientId === clientId) : undefined;
    if (earlier) return earlier;
    const m = message(this.committed.length + 1, { body, clientId, author, authorName: author === 'care' ? 'Anna Ek' : null });
    this.committed.push(m);
    return m;
  }
}

class MemoryStore implements PendingStore {
  saved: PendingMessage[] = [];
  load() {
    return this.saved.map((p) => ({ ...p }));
  }
  save(pending: PendingMessage[]) {
    this.saved = pending.map((p) => ({ ...p }));
  }
}

interface Setup {
  realtime: FakeRealtime | null;
  http: FakeHttp;
  store: MemoryStore;
  stream: ConversationStream;
  state: () => StreamState;
}

let ids = 0;
const streams: ConversationStream[] = [];

function setup({ status = 'open', initial = [], http = new FakeHttp(), store = new MemoryStore(), socket = true }: { status?: RealtimeStatus; initial?: Message[]; http?: FakeHttp; store?: MemoryStore; socket?: boolean } = {}): Setup {
  const realtime = socket ? new FakeRealtime(status) : null;
  let last: StreamState | null = null;
  const stream = new ConversationStream(CONVERSATION, 'resident', realtime, http, store, () => uuid(++ids), (s) => (last = s), initial);
  stream.start();
  streams.push(stream);
  return {
    realtime,
    http,
    store,
    stream,
    state: () => {
      if (!last) throw new Error('the stream has not reported yet');
      return last;
    },
  };
}

const outgoing = (body: string): OutgoingMessage => ({ body, kind: 'reply', attachmentIds: [], links: [] });
const seqs = (state: StreamState) => state.messages.map((m) => m.seq);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const s of streams.splice(0)) s.stop();
  vi.useRealTimers();
});

describe('ConversationStream', () => {
  it('keeps committed messages in sequence order, each once, however they arrive', () => {
    const { realtime, state } = setup({ initial: [message(1), message(2)] });
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(4) });
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(3) });
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(2, { body: 'again' }) });
    realtime!.deliver({ type: 'message', conversationId: uuid(99), message: message(5) });
    expect(seqs(state())).toEqual([1, 2, 3, 4]);
    expect(state().messages[1]?.body).toBe('message 2');
  });

  it('shows a message as being sent until the server acknowledges it, and as a message once it arrives', () => {
    const { realtime, state, stream } = setup({ initial: [message(1)] });
    const clientId = stream.send(outgoing('Hej'));
    expect(realtime!.sentOf('send')).toEqual([{ type: 'send', conversationId: CONVERSATION, clientId, body: 'Hej', kind: 'reply' }]);
    expect(state().pending).toMatchObject([{ clientId, state: 'sending', body: 'Hej' }]);

    realtime!.deliver({ type: 'ack', clientId, conversationId: CONVERSATION, seq: 2, messageId: uuid(2000) });
    expect(state().pending).toMatchObject([{ clientId, state: 'acked' }]);
    expect(seqs(state())).toEqual([1]);

    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(2, { clientId, author: 'resident', body: 'Hej' }) });
    expect(state().pending).toEqual([]);
    expect(seqs(state())).toEqual([1, 2]);
  });

  it('fetches an acknowledged message that does not arrive on the socket', async () => {
    const { realtime, http, state, stream } = setup();
    const clientId = stream.send(outgoing('Hej'));
    http.commit('Hej', clientId, 'resident');
    realtime!.deliver({ type: 'ack', clientId, conversationId: CONVERSATION, seq: 1, messageId: uuid(2000) });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state().pending).toEqual([]);
    expect(seqs(state())).toEqual([1]);
  });

  it('marks a refused message as failed with the server’s code', () => {
    const { realtime, state, stream } = setup();
    const clientId = stream.send(outgoing('Hej'));
    realtime!.deliver({ type: 'nack', clientId, code: 'conversation_closed', message: 'Closed' });
    expect(state().pending).toMatchObject([{ clientId, state: 'failed', error: 'conversation_closed' }]);
  });

  it('sends over HTTP while the socket is down, and polls for new messages', async () => {
    const { realtime, http, state, stream } = setup({ status: 'connecting', initial: [message(1)] });
    expect(state().live).toBe(false);
    http.commit('one');
    http.commit('two');

    const clientId = stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    expect(realtime!.sent).toEqual([]);
    expect(http.sends).toEqual([clientId]);
    expect(state().pending).toEqual([]);

    await vi.advanceTimersByTimeAsync(4_000);
    expect(seqs(state())).toEqual([1, 2, 3]);
  });

  it('sends over HTTP when the socket gives no acknowledgement in time, with the same client id', async () => {
    const { realtime, http, state, stream } = setup();
    const clientId = stream.send(outgoing('Hej'));
    expect(realtime!.sentOf('send')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(http.sends).toEqual([clientId]);
    expect(state().pending).toEqual([]);
    expect(state().messages.map((m) => m.clientId)).toEqual([clientId]);
  });

  it('sends messages with files over HTTP even while the socket is open', async () => {
    const { realtime, http, stream } = setup();
    const clientId = stream.send({ ...outgoing('Bild'), attachmentIds: [uuid(500)] });
    await vi.advanceTimersByTimeAsync(0);
    expect(realtime!.sentOf('send')).toEqual([]);
    expect(http.sends).toEqual([clientId]);
  });

  it('retries a failed message with the same client id, so the server stores it once', async () => {
    const { http, state, stream } = setup({ status: 'connecting' });
    http.failSends = 'internal_error';
    const clientId = stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state().pending).toMatchObject([{ clientId, state: 'failed', error: 'internal_error' }]);

    http.failSends = null;
    stream.retry(clientId);
    expect(state().pending).toMatchObject([{ clientId, state: 'sending' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(http.sends).toEqual([clientId, clientId]);
    expect(state().pending).toEqual([]);
    expect(http.committed).toHaveLength(1);
  });

  it('discards a failed message on request', async () => {
    const { http, state, stream, store } = setup({ status: 'connecting' });
    http.failSends = 'conversation_closed';
    const clientId = stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    stream.discard(clientId);
    expect(state().pending).toEqual([]);
    expect(store.saved).toEqual([]);
  });

  it('sends a message that failed for want of a connection again when the socket returns', async () => {
    const { realtime, http, state, stream } = setup({ status: 'connecting' });
    http.failSends = 'network_error';
    http.offline = true;
    const clientId = stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state().pending).toMatchObject([{ state: 'failed', error: 'network_error' }]);

    realtime!.setStatus('open');
    expect(realtime!.sentOf('send').map((m) => m.clientId)).toEqual([clientId]);
    expect(state().pending).toMatchObject([{ clientId, state: 'sending' }]);
  });

  it('resubscribes after a reconnect from the last message it holds', () => {
    const { realtime } = setup({ initial: [message(1), message(2)] });
    expect(realtime!.sentOf('subscribe')).toEqual([{ type: 'subscribe', conversationId: CONVERSATION, afterSeq: 2 }]);
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(3) });
    realtime!.setStatus('connecting');
    realtime!.setStatus('open');
    expect(realtime!.sentOf('subscribe').map((m) => m.afterSeq)).toEqual([2, 3]);
  });

  it('does not skip a message it has not seen when an HTTP send answers with a later one', async () => {
    const { realtime, http, state, stream } = setup({ status: 'connecting', initial: [message(1)] });
    http.committed.push(message(1));
    // Care writes 2 before the next poll; the resident's message becomes 3.
    http.commit('from care');
    stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    expect(seqs(state())).toContain(3);

    await vi.advanceTimersByTimeAsync(4_000);
    expect(seqs(state())).toEqual([1, 2, 3]);
    realtime!.setStatus('open');
    expect(realtime!.sentOf('subscribe').at(-1)?.afterSeq).toBe(3);
  });

  it('keeps unsent messages in the store, so they survive a reload and are sent then', async () => {
    const store = new MemoryStore();
    const first = setup({ status: 'connecting', store });
    first.http.failSends = 'network_error';
    first.http.offline = true;
    const clientId = first.stream.send(outgoing('Hej'));
    await vi.advanceTimersByTimeAsync(0);
    first.stream.stop();
    expect(store.saved).toMatchObject([{ clientId, body: 'Hej', state: 'failed' }]);

    const second = setup({ status: 'open', store });
    expect(second.state().pending).toMatchObject([{ clientId, body: 'Hej', state: 'sending' }]);
    expect(second.realtime!.sentOf('send').map((m) => m.clientId)).toEqual([clientId]);
  });

  it('treats a message that was being sent at reload as not sent, and drops it when the server has it', () => {
    const store = new MemoryStore();
    const clientId = uuid(77);
    store.saved = [{ ...outgoing('Hej'), clientId, state: 'sending', error: null, createdAt: '2025-03-14T10:00:00.000Z' }];
    const offline = setup({ status: 'closed', store, socket: false, http: Object.assign(new FakeHttp(), { offline: true }) });
    expect(offline.state().pending).toMatchObject([{ clientId, state: 'failed', error: 'network_error' }]);
    offline.stream.stop();

    const committed = setup({ status: 'open', store, initial: [message(1, { clientId, author: 'resident' })] });
    expect(committed.state().pending).toEqual([]);
    expect(store.saved).toEqual([]);
  });

  it('tells read receipts and typing from the other side only', async () => {
    const { realtime, state } = setup();
    realtime!.deliver({ type: 'read', conversationId: CONVERSATION, by: 'resident', seq: 5 });
    realtime!.deliver({ type: 'typing', conversationId: CONVERSATION, by: 'resident' });
    expect(state()).toMatchObject({ otherReadSeq: 0, otherTyping: false });

    realtime!.deliver({ type: 'read', conversationId: CONVERSATION, by: 'care', seq: 4 });
    realtime!.deliver({ type: 'read', conversationId: CONVERSATION, by: 'care', seq: 3 });
    realtime!.deliver({ type: 'typing', conversationId: CONVERSATION, by: 'care' });
    expect(state()).toMatchObject({ otherReadSeq: 4, otherTyping: true });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(state().otherTyping).toBe(false);
  });

  it('stops showing "typing" when the other side’s message arrives', () => {
    const { realtime, state } = setup();
    realtime!.deliver({ type: 'typing', conversationId: CONVERSATION, by: 'care' });
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(1) });
    expect(state().otherTyping).toBe(false);
  });

  it('counts changes to the conversation, so the page fetches its details anew', () => {
    const { realtime, state } = setup();
    realtime!.deliver({ type: 'conversation_changed', conversationId: CONVERSATION });
    realtime!.deliver({ type: 'conversation_changed', conversationId: uuid(99) });
    expect(state().changes).toBe(1);
  });

  it('reports read once per new message, over the socket or else over HTTP', async () => {
    const { realtime, http, stream } = setup({ initial: [message(1), message(2)] });
    stream.markRead();
    stream.markRead();
    expect(realtime!.sentOf('read')).toEqual([{ type: 'read', conversationId: CONVERSATION, seq: 2 }]);

    realtime!.setStatus('connecting');
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(3) });
    stream.markRead();
    await vi.advanceTimersByTimeAsync(0);
    expect(http.reads).toEqual([3]);
  });

  it('sends "typing" at most every few seconds, and only over the socket', () => {
    const { realtime, stream } = setup();
    stream.typing();
    stream.typing();
    expect(realtime!.sentOf('typing')).toHaveLength(1);
    vi.advanceTimersByTime(2_500);
    stream.typing();
    expect(realtime!.sentOf('typing')).toHaveLength(2);
  });

  it('says whether it is live, and stops polling once the socket is open', async () => {
    const { realtime, http, state } = setup({ status: 'connecting' });
    expect(state().live).toBe(false);
    realtime!.setStatus('open');
    expect(state().live).toBe(true);
    const polls = http.fetches.length;
    await vi.advanceTimersByTimeAsync(12_000);
    expect(http.fetches.length).toBe(polls);
  });

  it('polls first one interval after the socket drops, not at once (a session that ended would be refused)', async () => {
    const { realtime, http } = setup();
    realtime!.setStatus('connecting');
    await vi.advanceTimersByTimeAsync(0);
    expect(http.fetches).toEqual([]);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(http.fetches).toEqual([0]);
  });

  it('tells of a drop on the next turn, and not at all once stopped by then', async () => {
    const first = setup();
    first.realtime!.setStatus('connecting');
    expect(first.state().live).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(first.state().live).toBe(false);

    const second = setup();
    second.realtime!.setStatus('connecting');
    second.stream.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(second.state().live).toBe(true);
  });

  it('unsubscribes and reports nothing more once stopped', () => {
    const { realtime, stream, state } = setup({ initial: [message(1)] });
    stream.stop();
    realtime!.deliver({ type: 'message', conversationId: CONVERSATION, message: message(2) });
    expect(realtime!.sentOf('unsubscribe')).toHaveLength(1);
    expect(seqs(state())).toEqual([1]);
  });
});
