import type { Message } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EventBus } from '../../platform/event-bus.ts';
import type { LiveConnection, RealtimeHub } from '../../platform/realtime-hub.ts';
import { messagesRepository } from './messages.repository.ts';
import { withAttachments } from './message-view.ts';

/** A conversation as delivery needs it: who follows it besides its own followers. */
export interface ConversationRef {
  id: string;
  unitId: string;
  residentId: string;
}

type Side = 'resident' | 'care';

/**
 * Whose inbox a message changes: the whole unit's (a new conversation, one in a queue, one care's
 * reply just took), or only its holder's and the inbox lists on screen (a message in a conversation
 * someone holds). `h` on the bus is that holder.
 */
export type InboxAudience = 'unit' | { holderStaffId: string };

/** What crosses to other processes: ids and numbers only (ARCHITECTURE: one NOTIFY per batch, ids only). */
export type ChatBusEvent =
  | { k: 'm'; c: string; u: string; r: string; s: number; note: boolean; h?: string }
  | { k: 't'; c: string; u: string; r: string; by: Side }
  | { k: 'r'; c: string; u: string; r: string; by: Side; s: number }
  | { k: 'x'; c: string; u: string; r: string };

interface FollowState {
  lastSent: number;
  /** Deliveries to this follower, one after another, so that messages go out in order. */
  queue: Promise<void>;
}

const INBOX_COALESCE_MS = 300;

/** Inbox changes at a unit waiting to go out: to everyone, or to these holders (and the watchers of the list). */
interface PendingInbox {
  everyone: boolean;
  holders: Set<string>;
}

/** Where delivery latency is reported (the process's metrics). */
export interface DeliveryTimer {
  observe(seconds: number): void;
}

/**
 * Puts committed messages in front of the connections that follow a conversation, in sequence order
 * and each once: a follower gets message n only after n-1; when one arrives early (another
 * process's event is late, or notes a resident does not see lie between), the gap is read from the
 * database, where every lower number is already committed because numbering holds the row lock.
 */
export class ChatDelivery {
  private readonly follows = new WeakMap<LiveConnection, Map<string, FollowState>>();
  private readonly pendingInbox = new Map<string, PendingInbox>();
  private timer: DeliveryTimer | null = null;

  constructor(
    private readonly db: Db,
    private readonly hub: RealtimeHub,
    private readonly bus: EventBus<ChatBusEvent>,
    private readonly clock: Clock,
  ) {
    bus.onRemote((events) => void this.receiveRemote(events));
  }

  /** Reports from now on how long each live delivery took from the message's commit. */
  reportTo(timer: DeliveryTimer): void {
    this.timer = timer;
  }

  message(ref: ConversationRef, message: Message, inbox: InboxAudience = 'unit'): void {
    this.deliverLocally(ref, message, inbox);
    this.bus.publish({ k: 'm', c: ref.id, u: ref.unitId, r: ref.residentId, s: message.seq, note: message.kind === 'note', ...(inbox === 'unit' ? {} : { h: inbox.holderStaffId }) });
  }

  typing(ref: ConversationRef, by: Side): void {
    this.typingLocally(ref, by);
    this.bus.publish({ k: 't', c: ref.id, u: ref.unitId, r: ref.residentId, by });
  }

  read(ref: ConversationRef, by: Side, seq: number): void {
    this.readLocally(ref, by, seq);
    this.bus.publish({ k: 'r', c: ref.id, u: ref.unitId, r: ref.residentId, by, s: seq });
  }

  /** State, holder or queue changed: the resident's list and the unit's inbox fetch anew. */
  changed(ref: ConversationRef): void {
    this.changedLocally(ref);
    this.bus.publish({ k: 'x', c: ref.id, u: ref.unitId, r: ref.residentId });
  }

  /**
   * Starts following a conversation from `afterSeq`: what was committed since goes out first, then
   * live messages, with nothing missed in between and nothing twice. Access was checked by the caller.
   */
  async follow(connection: LiveConnection, ref: ConversationRef, afterSeq: number): Promise<void> {
    const states = this.follows.get(connection) ?? new Map<string, FollowState>();
    this.follows.set(connection, states);
    const state: FollowState = { lastSent: afterSeq, queue: Promise.resolve() };
    states.set(ref.id, state);
    this.hub.follow(connection, ref.id);
    await this.enqueue(connection, ref, state, () => this.sendAfter(connection, ref, state, Number.MAX_SAFE_INTEGER));
    connection.send({ type: 'subscribed', conversationId: ref.id, lastSeq: state.lastSent });
  }

  /** A staff connection's inbox list is on screen (or no longer): it gets every change to the unit's inbox. */
  watchInbox(connection: LiveConnection, on: boolean): void {
    this.hub.watchInbox(connection, on);
  }

  unfollow(connection: LiveConnection, conversationId: string): void {
    this.follows.get(connection)?.delete(conversationId);
    this.hub.unfollow(connection, conversationId);
  }

  private deliverLocally(ref: ConversationRef, message: Message, inbox: InboxAudience): void {
    for (const connection of this.hub.followersOf(ref.id)) {
      const state = this.follows.get(connection)?.get(ref.id);
      if (!state) continue;
      const seesNotes = connection.principal.kind === 'staff';
      void this.enqueue(connection, ref, state, async () => {
        if (message.seq <= state.lastSent) return;
        if (message.kind === 'note' && !seesNotes) {
          if (message.seq === state.lastSent + 1) state.lastSent = message.seq;
          return;
        }
        if (message.seq === state.lastSent + 1) {
          connection.send({ type: 'message', conversationId: ref.id, message });
          state.lastSent = message.seq;
          this.timer?.observe(Math.max(0, this.clock.now().getTime() - Date.parse(message.createdAt)) / 1000);
          return;
        }
        await this.sendAfter(connection, ref, state, message.seq);
      });
    }
    if (message.kind !== 'note') this.hub.toResident(ref.residentId, { type: 'conversation_changed', conversationId: ref.id });
    this.inboxChanged(ref.unitId, inbox);
  }

  /** Sends what is committed after the follower's last message, up to `upTo`. */
  private async sendAfter(connection: LiveConnection, ref: ConversationRef, state: FollowState, upTo: number): Promise<void> {
    const withNotes = connection.principal.kind === 'staff';
    for (;;) {
      const rows = await messagesRepository.after(this.db, ref.id, state.lastSent, withNotes, 200);
      const wanted = rows.filter((r) => r.message.seq <= upTo);
      for (const message of await withAttachments(this.db, wanted, () => ref.residentId)) {
        connection.send({ type: 'message', conversationId: ref.id, message });
        state.lastSent = message.seq;
      }
      if (rows.length < 200 || wanted.length < rows.length) break;
    }
    if (upTo !== Number.MAX_SAFE_INTEGER) state.lastSent = Math.max(state.lastSent, upTo);
  }

  private enqueue(connection: LiveConnection, ref: ConversationRef, state: FollowState, work: () => Promise<void>): Promise<void> {
    state.queue = state.queue.then(work).catch(() => connection.send({ type: 'conversation_changed', conversationId: ref.id }));
    return state.queue;
  }

  private typingLocally(ref: ConversationRef, by: Side): void {
    for (const connection of this.hub.followersOf(ref.id)) {
      const own = connection.principal.kind === 'staff' ? 'care' : 'resident';
      if (own !== by) connection.send({ type: 'typing', conversationId: ref.id, by });
    }
  }

  private readLocally(ref: ConversationRef, by: Side, seq: number): void {
    for (const connection of this.hub.followersOf(ref.id)) connection.send({ type: 'read', conversationId: ref.id, by, seq });
    if (by === 'care') this.inboxChanged(ref.unitId);
    else this.hub.toResident(ref.residentId, { type: 'conversation_changed', conversationId: ref.id });
  }

  private changedLocally(ref: ConversationRef): void {
    for (const connection of this.hub.followersOf(ref.id)) connection.send({ type: 'conversation_changed', conversationId: ref.id });
    this.hub.toResident(ref.residentId, { type: 'conversation_changed', conversationId: ref.id });
    this.inboxChanged(ref.unitId);
  }

  /**
   * Inbox lists and badges refetch on this, so it goes only where something shown changed, and a
   * burst of messages at a unit makes one signal per connection. (Every message to every staff
   * connection of a unit was a refetch by each of them several times a second on a busy unit.)
   */
  private inboxChanged(unitId: string, audience: InboxAudience = 'unit'): void {
    let pending = this.pendingInbox.get(unitId);
    if (!pending) {
      const created: PendingInbox = { everyone: false, holders: new Set() };
      pending = created;
      this.pendingInbox.set(unitId, created);
      setTimeout(() => {
        this.pendingInbox.delete(unitId);
        if (created.everyone) this.hub.toUnit(unitId, { type: 'inbox_changed' });
        else this.hub.toInbox(unitId, created.holders, { type: 'inbox_changed' });
      }, INBOX_COALESCE_MS).unref();
    }
    if (audience === 'unit') pending.everyone = true;
    else pending.holders.add(audience.holderStaffId);
  }

  private async receiveRemote(events: ChatBusEvent[]): Promise<void> {
    const followed = events.filter((e): e is Extract<ChatBusEvent, { k: 'm' }> => e.k === 'm' && [...this.hub.followersOf(e.c)].length > 0);
    const rows = followed.length ? await messagesRepository.bySeqs(this.db, followed.map((e) => ({ conversationId: e.c, seq: e.s }))) : [];
    const residentOf = new Map(followed.map((e) => [e.c, e.r]));
    const messages = await withAttachments(this.db, rows, (r) => residentOf.get(r.message.conversationId)!);
    const loaded = new Map(rows.map((r, i) => [`${r.message.conversationId}:${r.message.seq}`, messages[i]!]));
    for (const e of events) {
      const ref = { id: e.c, unitId: e.u, residentId: e.r };
      if (e.k === 'm') {
        const message = loaded.get(`${e.c}:${e.s}`);
        const inbox: InboxAudience = e.h ? { holderStaffId: e.h } : 'unit';
        if (message) this.deliverLocally(ref, message, inbox);
        else {
          if (!e.note) this.hub.toResident(e.r, { type: 'conversation_changed', conversationId: e.c });
          this.inboxChanged(e.u, inbox);
        }
      } else if (e.k === 't') this.typingLocally(ref, e.by);
      else if (e.k === 'r') this.readLocally(ref, e.by, e.s);
      else this.changedLocally(ref);
    }
  }
}
