import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { type ServerMessage, WS_CLOSE_SESSION_ENDED, WS_CLOSE_TOO_MANY_FRAMES } from '../../../contracts/realtime.ts';
import type { LiveConnection, RealtimeHub } from './realtime-hub.ts';
import { clientIdOf, FRAME_BURST, FrameBudget, FRAMES_PER_SECOND, REFUSALS_BURST, REFUSALS_PER_SECOND } from './socket-frames.ts';

export type ClientMessageHandler = (connection: LiveConnection, data: string, log: FastifyBaseLogger) => void;

/**
 * One WebSocket per browser tab for everything live. The upgrade request passes the same session
 * check as any API request. Without a live session the socket is closed at once with 4401 and the
 * reason, so a client reconnecting after its session ended (elsewhere, or while it was away) learns
 * it from the socket itself and need not ask /api/auth/session before every attempt: after a
 * restart, that request from every client was a third of the reconnect storm's work.
 *
 * Each socket has a frame budget (socket-frames.ts): a frame over it is refused with a `rate_limited`
 * nack naming its client id, so the tab can offer to send again; a socket that keeps sending into
 * refusals (a budget of its own) is closed with 1008.
 */
export async function realtimeRoutes(
  app: FastifyInstance,
  deps: {
    hub: RealtimeHub;
    publicUrl: string;
    onClientMessage: ClientMessageHandler;
    /** Activity on the connection keeps the session alive; `opened` counts the upgrade itself as activity. */
    keepAlive: { opened: (sessionId: string) => void; active: (sessionId: string) => Promise<void> };
    /** Counts frames refused for being over a socket's budget. */
    framesRefused: { inc: () => void };
  },
): Promise<void> {
  const ownOrigin = new URL(deps.publicUrl).origin;
  // A WebSocket handshake is a GET that CSRF tokens do not cover; a page of another site must not open one with our cookies.
  const refuseForeignOrigin = async (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin) throw new AppError('forbidden', 403, 'Connections are accepted from this service’s own pages only');
  };
  app.get('/api/ws', { websocket: true, preValidation: refuseForeignOrigin, schema: { hide: true } }, (socket, request) => {
    const principal = request.principal;
    if (principal.kind === 'anonymous') {
      const ended: ServerMessage = { type: 'session_ended', reason: request.sessionExpired ? 'expired' : 'signed_out' };
      socket.send(JSON.stringify(ended));
      socket.close(WS_CLOSE_SESSION_ENDED, 'no session');
      return;
    }
    const connection: LiveConnection = {
      sessionId: principal.sessionId,
      principal,
      send: (message: ServerMessage) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      },
      close: (code, reason) => socket.close(code, reason),
    };
    deps.hub.add(connection);
    deps.keepAlive.opened(principal.sessionId);
    socket.on('close', () => deps.hub.remove(connection));
    const frames = new FrameBudget(FRAME_BURST, FRAMES_PER_SECOND, Date.now());
    const refusals = new FrameBudget(REFUSALS_BURST, REFUSALS_PER_SECOND, Date.now());
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const text = data.toString();
      const now = Date.now();
      if (!frames.take(now)) {
        deps.framesRefused.inc();
        if (refusals.take(now)) {
          connection.send({ type: 'nack', clientId: clientIdOf(text), code: 'rate_limited', message: 'Too many messages in a short while; wait a moment and send again' });
        } else if (socket.readyState === socket.OPEN) {
          request.log.warn({ principalKind: principal.kind }, 'live connection closed: it kept sending over its frame budget');
          socket.close(WS_CLOSE_TOO_MANY_FRAMES, 'too many messages');
        }
        return;
      }
      deps.keepAlive.active(principal.sessionId).catch((err: unknown) => request.log.warn({ err }, 'session keep-alive failed'));
      deps.onClientMessage(connection, text, request.log);
    });
    connection.send({ type: 'hello', sessionId: principal.sessionId });
  });
}
