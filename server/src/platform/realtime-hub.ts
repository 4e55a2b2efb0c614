import { type ServerMessage, WS_CLOSE_PROXY_ENDED, WS_CLOSE_SESSION_ENDED } from '../../../contracts/realtime.ts';

export interface LiveConnection {
  sessionId: string;
  send(message: ServerMessage): void;
  close(code: number, reason: string): void;
}

export type SessionEndReason = Extract<ServerMessage, { type: 'session_ended' }>['reason'];

/**
 * The open WebSocket connections of this process, by session. In-process by design: with several
 * processes, session ends are fanned out to every hub (ARCHITECTURE: LISTEN/NOTIFY).
 */
export class RealtimeHub {
  private readonly bySession = new Map<string, Set<LiveConnection>>();

  add(connection: LiveConnection): void {
    const set = this.bySession.get(connection.sessionId) ?? new Set();
    set.add(connection);
    this.bySession.set(connection.sessionId, set);
  }

  remove(connection: LiveConnection): void {
    const set = this.bySession.get(connection.sessionId);
    set?.delete(connection);
    if (set?.size === 0) this.bySession.delete(connection.sessionId);
  }

  /**
   * Tells each connection why, then closes it: with "session ended" (do not reconnect with this
   * session) or, when only a proxy link ended, "proxy ended" (reload who you act for, then reconnect).
   */
  endSessions(sessionIds: readonly string[], reason: SessionEndReason): void {
    const code = reason === 'proxy_ended' ? WS_CLOSE_PROXY_ENDED : WS_CLOSE_SESSION_ENDED;
    for (const id of sessionIds) {
      for (const connection of this.bySession.get(id) ?? []) {
        connection.send({ type: 'session_ended', reason });
        connection.close(code, reason);
      }
      this.bySession.delete(id);
    }
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }
}
