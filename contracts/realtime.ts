import { z } from 'zod';

/** Messages the server sends over the WebSocket; a discriminated union that later modules extend. */
export const serverMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), sessionId: z.uuid() }),
  z.object({ type: z.literal('session_ended'), reason: z.enum(['signed_out', 'blocked', 'proxy_ended', 'expired']) }),
]);
export type ServerMessage = z.infer<typeof serverMessage>;

/** Close code when the server ends a session: the client must not reconnect with it. */
export const WS_CLOSE_SESSION_ENDED = 4401;
/** Close code when only the proxy link of a session ended: reload whom you act for, then reconnect. */
export const WS_CLOSE_PROXY_ENDED = 4403;
