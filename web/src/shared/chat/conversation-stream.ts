import type { ClientMessage, Message, MessageLink, ServerMessage } from '../contracts.ts';
import type { RealtimeConnection, RealtimeStatus } from '../realtime/realtime-client.ts';

export type Side = 'resident' | 'care';

export interface OutgoingMessage {
  body: string;
  kind: 'reply' | 'note';
  attachmentIds: string[];
  links: MessageLink[];
}

/** A message the server has not confirmed yet; `acked` once committed, until it arrives in the list. */
export interface PendingMessage extends OutgoingMessage {
  clientId: string;
  state: 'sending' | 'acked' | 'failed';
  /** Why it failed: an API error code, or 'network_error' (it is retried when the connection returns). */
  error: string | null;
  createdAt: string;
}

export interface StreamState {
  messages: Message[];
  pending: PendingMessage[];
  otherTyping: boolean;
  /** The highest sequence number the other side has read. */
  otherReadSeq: number;
  /** Grows when the conversation's state (holder, queue, closed) changed: refetch its details. */
  changes: number;
  /** Whether messages arrive live, or the page polls because the socket is down. */
  live: boolean;
}

/** How the stream reaches the server besides the socket: the HTTP twins of send, read and resume. */
export interface StreamHttp {
  fetchAfter(afterSeq: number): Promise<Message[]>;
  send(clientId: string, message: OutgoingMessage): Promise<Message>;
  read(seq: number): Promise<void>;
}

/** Where pending messages survive a reload; localStorage in the browser. */
export interface PendingStore {
  load(): PendingMessage[];
  save(pending: PendingMessage[]): void;
}

const POLL_MS = 4_000;
const ACK_TIMEOUT_MS = 8_000;
const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_500;

/**
 * One conversation kept in step with the server: committed messages in sequence order, each once;
 * messages being sent, shown as sent only after the server's acknowledgement; over the WebSocket
 * while it is open, otherwise over HTTP with polling. After a reconnect it resumes from the last
 * sequence number it holds, so nothing is missed; a retry reuses the client id, so nothing doubles.
 */
export class ConversationStream {
  private readonly bySeq = new Map<number, Message>();
  /**
   * Where to resume from: the highest sequence number that came in order (the page's fetch, the
   * socket, a poll). A message the HTTP send answered with may be ahead of messages not yet seen;
   * resuming after it would skip them.
   */
  private resumeSeq = 0;
  /** The highest sequence number reported read, so that showing the same messages again sends nothing. */
  private readSent = 0;
  private pending: PendingMessage[];
  private otherTyping = false;
  private otherReadSeq = 0;
  private changes = 0;
  private status: RealtimeStatus;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private lastTypingSent = 0;
  private readonly unsubscribers: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly conversationId: string,
    private readonly side: Side,
    private readonly realtime: RealtimeConnection | null,
    private readonly http: StreamHttp,
    private readonly store: PendingStore,
    private readonly newClientId: () => string,
    private readonly onChange: (state: StreamState) => void,
    initial: Message[],
  ) {
    for (const m of initial) this.bySeq.set(m.seq, m);
    this.resumeSeq = this.lastSeq;
    this.pending = store.load().map((p) => (p.state === 'sending' ? { ...p, state: 'failed', error: 'network_error' } : p));
    this.dropConfirmed();
    this.status = realtime?.status() ?? 'closed';
  }

  start(): void {
    if (this.realtime) {
      this.unsubscribers.push(this.realtime.listen((m) => this.receive(m)));
      this.unsubscribers.push(this.realtime.onStatus((s) => this.statusChanged(s)));
    }
    this.statusChanged(this.status, true);
    this.emit();
  }

  stop(): void {
    this.stopped = true;
    this.realtime?.send({ type: 'unsubscribe', conversationId: this.conversationId });
    for (const u of this.unsubscribers.splice(0)) u();
    for (const t of this.timers) clearTimeout(t);
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.stopPolling();
  }

  get lastSeq(): number {
    let max = 0;
    for (const seq of this.bySeq.keys()) if (seq > max) max = seq;
    return max;
  }

  send(message: OutgoingMessage): string {
    const pending: PendingMessage = { ...message, clientId: this.newClientId(), state: 'sending', error: null, createdAt: new Date().toISOString() };
    this.pending = [...this.pending, pending];
    this.persist();
    this.emit();
    this.deliver(pending);
    return pending.clientId;
  }

  /** Sends a failed message again with the same client id: the server stores it at most once. */
  retry(clientId: string): void {
    const p = this.pending.find((x) => x.clientId === clientId);
    if (!p || p.state !== 'failed') return;
    this.update(clientId, { state: 'sending', error: null });
    this.deliver({ ...p, state: 'sending', error: null });
  }

  discard(clientId: string): void {
    this.pending = this.pending.filter((p) => p.clientId !== clientId || p.state === 'acked');
    this.persist();
    this.emit();
  }

  /** Marks everything shown as read (R-MS-12 unread counts, read receipts). */
  markRead(): void {
    const seq = this.lastSeq;
    if (seq <= this.readSent) return;
    this.readSent = seq;
    if (this.realtime?.send({ type: 'read', conversationId: this.conversationId, seq })) return;
    void this.http.read(seq).catch(() => {
      // Not recorded: the next call tries again.
      if (this.readSent === seq) this.readSent = 0;
    });
  }

  typing(): void {
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SENT_EVERY_MS) return;
    this.lastTypingSent = now;
    this.realtime?.send({ type: 'typing', conversationId: this.conversationId });
  }

  private deliver(p: PendingMessage): void {
    const viaSocket = p.attachmentIds.length === 0 && p.links.length === 0 && this.trySocket({ type: 'send', conversationId: this.conversationId, clientId: p.clientId, body: p.body, kind: p.kind });
    if (!viaSocket) {
      void this.sendOverHttp(p);
      return;
    }
    // No answer on the socket in time: the same client id over HTTP is safe either way.
    this.later(ACK_TIMEOUT_MS, () => {
      if (this.pending.find((x) => x.clientId === p.clientId)?.state === 'sending') void this.sendOverHttp(p);
    });
  }

  private async sendOverHttp(p: PendingMessage): Promise<void> {
    try {
      const message = await this.http.send(p.clientId, p);
      this.add([message], false);
    } catch (err) {
      const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : 'network_error';
      this.update(p.clientId, { state: 'failed', error: code });
    }
  }

  private trySocket(message: ClientMessage): boolean {
    return this.status === 'open' && !!this.realtime?.send(message);
  }

  private receive(m: ServerMessage): void {
    if (this.stopped) return;
    switch (m.type) {
      case 'message':
        if (m.conversationId === this.conversationId) this.add([m.message], true);
        return;
      case 'ack':
        if (m.conversationId === this.conversationId) this.update(m.clientId, { state: 'acked', error: null });
        // The message itself may still be on its way; fetch it if it does not come.
        this.later(2_000, () => {
          if (this.pending.some((p) => p.clientId === m.clientId)) void this.catchUp();
        });
        return;
      case 'nack':
        if (m.clientId && this.pending.some((p) => p.clientId === m.clientId)) this.update(m.clientId, { state: 'failed', error: m.code });
        return;
      case 'typing':
        if (m.conversationId === this.conversationId && m.by !== this.side) this.showTyping();
        return;
      case 'read':
        if (m.conversationId === this.conversationId && m.by !== this.side && m.seq > this.otherReadSeq) {
          this.otherReadSeq = m.seq;
          this.emit();
        }
        return;
      case 'conversation_changed':
        if (m.conversationId === this.conversationId) {
          this.changes += 1;
          this.emit();
        }
        return;
      default:
        return;
    }
  }

  private statusChanged(status: RealtimeStatus, first = false): void {
    const was = this.status;
    this.status = status;
    if (status === 'open') {
      this.stopPolling();
      this.realtime?.send({ type: 'subscribe', conversationId: this.conversationId, afterSeq: this.resumeSeq });
      for (const p of this.pending) if (p.state === 'failed' && p.error === 'network_error') this.retry(p.clientId);
    } else {
      this.startPolling();
    }
    if (first || status === 'open') {
      if (first || was !== status) this.emit();
    } else if (was !== status) {
      // A drop is told on the next turn: when it is the session ending, the page has left by then,
      // rather than drawing once more with everything of the person already forgotten.
      this.later(0, () => this.emit());
    }
  }

  /**
   * The first poll comes one interval after the socket dropped: most drops are over by then, and
   * when the drop is the session ending, the page has left before asking (and being refused).
   */
  private startPolling(): void {
    if (this.pollTimer || this.stopped) return;
    this.pollTimer = setInterval(() => void this.catchUp(), POLL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private async catchUp(): Promise<void> {
    try {
      this.add(await this.http.fetchAfter(this.resumeSeq), true);
      for (const p of this.pending) if (p.state === 'failed' && p.error === 'network_error' && this.status !== 'open') this.retry(p.clientId);
    } catch {
      // Offline: the next poll or the reconnect catches up.
    }
  }

  private add(messages: Message[], inOrder: boolean): void {
    if (inOrder) for (const m of messages) this.resumeSeq = Math.max(this.resumeSeq, m.seq);
    let added = false;
    for (const m of messages) {
      if (this.bySeq.has(m.seq)) continue;
      this.bySeq.set(m.seq, m);
      added = true;
    }
    if (!added) return;
    if (messages.some((m) => m.author !== (this.side === 'care' ? 'care' : 'resident'))) this.otherTyping = false;
    this.dropConfirmed();
    this.emit();
  }

  private dropConfirmed(): void {
    const confirmed = new Set([...this.bySeq.values()].map((m) => m.clientId).filter((id): id is string => id !== null));
    const before = this.pending.length;
    this.pending = this.pending.filter((p) => !confirmed.has(p.clientId));
    if (this.pending.length !== before) this.persist();
  }

  private update(clientId: string, change: Partial<PendingMessage>): void {
    if (!this.pending.some((p) => p.clientId === clientId)) return;
    this.pending = this.pending.map((p) => (p.clientId === clientId ? { ...p, ...change } : p));
    this.persist();
    this.emit();
  }

  private showTyping(): void {
    this.otherTyping = true;
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.otherTyping = false;
      this.emit();
    }, TYPING_SHOWN_MS);
    this.emit();
  }

  private later(ms: number, work: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) work();
    }, ms);
    this.timers.add(t);
  }

  private persist(): void {
    this.store.save(this.pending.filter((p) => p.state !== 'acked'));
  }

  private emit(): void {
    if (this.stopped) return;
    this.onChange({
      messages: [...this.bySeq.values()].sort((a, b) => a.seq - b.seq),
      pending: this.pending,
      otherTyping: this.otherTyping,
      otherReadSeq: this.otherReadSeq,
      changes: this.changes,
      live: this.status === 'open',
    });
  }
}
