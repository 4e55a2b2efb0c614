import { type ServerMessage, WS_CLOSE_PROXY_ENDED, WS_CLOSE_RECONNECT, WS_CLOSE_SESSION_ENDED } from '../../../contracts/realtime.ts';
import type { SignedInPrincipal } from './principal.ts';

export interface LiveConnection {
  sessionId: string;
  /** The principal as it was when the socket opened; anything that changes it closes the socket. */
  principal: SignedInPrincipal;
  send(message: ServerMessage): void;
  close(code: number, reason: string): void;
}

export type SessionEndReason = Extract<ServerMessage, { type: 'session_ended' }>['reason'];

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

function drop<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

/** Connections one turn of the event loop sends a unit-wide signal to. */
const SENDS_PER_TURN = 100;

/**
 * Sends a signal to many connections a hundred at a time, letting other work run in between: a
 * unit with a thousand staff online held everything else up for tens of milliseconds per signal.
 */
function sendInTurns(connections: LiveConnection[], message: ServerMessage, from = 0): void {
  const until = Math.min(from + SENDS_PER_TURN, connections.length);
  for (let i = from; i < until; i++) connections[i]!.send(message);
  if (until < connections.length) setImmediate(() => sendInTurns(connections, message, until));
}

/**
 * The open WebSocket connections of this process: by session (to end them), by the resident they
 * act for and by the unit staff work in (to tell them something changed), and by the conversations
 * they follow. In-process by design; with several processes an event bus brings other processes'
 * events here.
 */
export class RealtimeHub {
  private readonly bySession = new Map<string, Set<LiveConnection>>();
  private readonly byResident = new Map<string, Set<LiveConnection>>();
  private readonly byUnit = new Map<string, Set<LiveConnection>>();
  private readonly byConversation = new Map<string, Set<LiveConnection>>();
  private readonly following = new Map<LiveConnection, Set<string>>();
  /** Staff connections with the unit's inbox list on screen. */
  private readonly watchingInbox = new Set<LiveConnection>();
  private readonly goneListeners: ((connection: LiveConnection) => void)[] = [];

  add(connection: LiveConnection): void {
    add(this.bySession, connection.sessionId, connection);
    const p = connection.principal;
    if (p.kind === 'resident') add(this.byResident, p.subjectId, connection);
    else if (p.kind === 'staff' && p.activeUnitId) add(this.byUnit, p.activeUnitId, connection);
  }

  remove(connection: LiveConnection): void {
    if (!this.bySession.get(connection.sessionId)?.has(connection)) return;
    drop(this.bySession, connection.sessionId, connection);
    const p = connection.principal;
    if (p.kind === 'resident') drop(this.byResident, p.subjectId, connection);
    else if (p.kind === 'staff' && p.activeUnitId) drop(this.byUnit, p.activeUnitId, connection);
    for (const id of this.following.get(connection) ?? []) drop(this.byConversation, id, connection);
    this.following.delete(connection);
    this.watchingInbox.delete(connection);
    for (const listener of this.goneListeners) listener(connection);
  }

  /** Features that keep per-connection state (a video meeting's presence) learn here that a connection is gone. */
  onGone(listener: (connection: LiveConnection) => void): void {
    this.goneListeners.push(listener);
  }

  follow(connection: LiveConnection, conversationId: string): void {
    add(this.byConversation, conversationId, connection);
    add(this.following, connection, conversationId);
  }

  unfollow(connection: LiveConnection, conversationId: string): void {
    drop(this.byConversation, conversationId, connection);
    drop(this.following, connection, conversationId);
  }

  followersOf(conversationId: string): Iterable<LiveConnection> {
    return this.byConversation.get(conversationId) ?? [];
  }

  toResident(residentId: string, message: ServerMessage): void {
    for (const c of this.byResident.get(residentId) ?? []) c.send(message);
  }

  toUnit(unitId: string, message: ServerMessage): void {
    sendInTurns([...(this.byUnit.get(unitId) ?? [])], message);
  }

  watchInbox(connection: LiveConnection, on: boolean): void {
    if (on) this.watchingInbox.add(connection);
    else this.watchingInbox.delete(connection);
  }

  /** To the unit's staff connections that watch its inbox list or belong to one of `staffIds`. */
  toInbox(unitId: string, staffIds: ReadonlySet<string>, message: ServerMessage): void {
    const to = [...(this.byUnit.get(unitId) ?? [])].filter((c) => this.watchingInbox.has(c) || (c.principal.kind === 'staff' && staffIds.has(c.principal.staffId)));
    sendInTurns(to, message);
  }

  /**
   * Tells each connection why, then closes it: with "session ended" (do not reconnect with this
   * session), "proxy ended" (reload who you act for, then reconnect) or, when the person chose
   * another unit or someone else to act for, "reconnect" (the new socket follows the new choice).
   */
  endSessions(sessionIds: readonly string[], reason: SessionEndReason | 'principal_changed'): void {
    const code = reason === 'proxy_ended' ? WS_CLOSE_PROXY_ENDED : reason === 'principal_changed' ? WS_CLOSE_RECONNECT : WS_CLOSE_SESSION_ENDED;
    for (const id of sessionIds) {
      for (const connection of [...(this.bySession.get(id) ?? [])]) {
        if (reason !== 'principal_changed') connection.send({ type: 'session_ended', reason });
        connection.close(code, reason);
        this.remove(connection);
      }
    }
  }

  /** Closes every connection with a reconnect hint, as the process stops. */
  closeAll(): void {
    for (const set of [...this.bySession.values()]) for (const c of [...set]) {
      c.close(WS_CLOSE_RECONNECT, 'server_restart');
      this.remove(c);
    }
  }

  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }
}
