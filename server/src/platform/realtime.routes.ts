import type { FastifyInstance } from 'fastify';
import type { ServerMessage } from '../../../contracts/realtime.ts';
import { requireSignedIn } from './auth.ts';
import type { LiveConnection, RealtimeHub } from './realtime-hub.ts';

/**
 * One WebSocket per browser tab for everything live. The upgrade request passes the same session
 * and access checks as any API request, so an ended session cannot reconnect.
 */
export async function realtimeRoutes(app: FastifyInstance, deps: { hub: RealtimeHub }): Promise<void> {
  app.get('/api/ws', { websocket: true, config: { access: 'signed_in' }, schema: { hide: true } }, (socket, request) => {
    const principal = requireSignedIn(request);
    const connection: LiveConnection = {
      sessionId: principal.sessionId,
      send: (message: ServerMessage) => socket.send(JSON.stringify(message)),
      close: (code, reason) => socket.close(code, reason),
    };
    deps.hub.add(connection);
    socket.on('close', () => deps.hub.remove(connection));
    connection.send({ type: 'hello', sessionId: principal.sessionId });
  });
}
