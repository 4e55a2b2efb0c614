import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import type { ServerMessage } from '../../../contracts/realtime.ts';
import { requireSignedIn } from './auth.ts';
import type { LiveConnection, RealtimeHub } from './realtime-hub.ts';

export type ClientMessageHandler = (connection: LiveConnection, data: string, log: FastifyBaseLogger) => void;

/**
 * One WebSocket per browser tab for everything live. The upgrade request passes the same session
 * and access checks as any API request, so an ended session cannot reconnect.
 */
export async function realtimeRoutes(
  app: FastifyInstance,
  deps: { hub: RealtimeHub; publicUrl: string; onClientMessage: ClientMessageHandler; keepAlive: (sessionId: string) => Promise<void> },
): Promise<void> {
  const ownOrigin = new URL(deps.publicUrl).origin;
  // A WebSocket handshake is a GET that CSRF tokens do not cover; a page of another site must not open one with our cookies.
  const refuseForeignOrigin = async (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin) throw new AppError('forbidden', 403, 'Connections are accepted from this service’s own pages only');
  };
  app.get('/api/ws', { websocket: true, preValidation: refuseForeignOrigin, schema: { hide: true } }, (socket, request) => {
    const principal = requireSignedIn(request);
    const connection: LiveConnection = {
      sessionId: principal.sessionId,
      principal,
      send: (message: ServerMessage) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      },
      close: (code, reason) => socket.close(code, reason),
    };
    deps.hub.add(connection);
    socket.on('close', () => deps.hub.remove(connection));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      deps.keepAlive(principal.sessionId).catch((err: unknown) => request.log.warn({ err }, 'session keep-alive failed'));
      deps.onClientMessage(connection, data.toString(), request.log);
    });
    connection.send({ type: 'hello', sessionId: principal.sessionId });
  });
}
