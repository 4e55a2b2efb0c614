import { z } from 'zod';
import { message, messageText, sequenceNumber } from './messaging.ts';
import { errorCode } from './errors.ts';
import { videoClientMessages, videoServerMessages } from './video.ts';

/** Messages the server sends over the WebSocket; a discriminated union that later modules extend. */
export const serverMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), sessionId: z.uuid() }),
  z.object({ type: z.literal('session_ended'), reason: z.enum(['signed_out', 'blocked', 'proxy_ended', 'expired']) }),
  /** A message committed in a conversation the connection subscribed to; `seq` has no gaps per conversation. */
  z.object({ type: z.literal('message'), conversationId: z.uuid(), message }),
  /** Everything after `afterSeq` was sent: live messages follow. */
  z.object({ type: z.literal('subscribed'), conversationId: z.uuid(), lastSeq: z.number().int() }),
  /** The sender's message is committed: only now is it shown as sent. */
  z.object({ type: z.literal('ack'), clientId: z.uuid(), conversationId: z.uuid(), seq: z.number().int(), messageId: z.uuid() }),
  z.object({ type: z.literal('nack'), clientId: z.uuid().nullable(), code: errorCode, message: z.string(), field: z.string().optional() }),
  z.object({ type: z.literal('typing'), conversationId: z.uuid(), by: z.enum(['resident', 'care']) }),
  z.object({ type: z.literal('read'), conversationId: z.uuid(), by: z.enum(['resident', 'care']), seq: z.number().int() }),
  /** State, holder, queue or unread changed: fetch the conversation (or the list) anew. */
  z.object({ type: z.literal('conversation_changed'), conversationId: z.uuid() }),
  /** Staff: the active unit's inbox changed (to a connection watching the inbox, or one whose badge it changes). */
  z.object({ type: z.literal('inbox_changed') }),
  z.object({ type: z.literal('pong') }),
  /** Staff: a video meeting of the active unit changed (someone waits, was admitted, left). */
  z.object({ type: z.literal('video_meetings_changed') }),
  ...videoServerMessages,
]);
export type ServerMessage = z.infer<typeof serverMessage>;

/** Messages a client sends over the WebSocket. Sends and reads also exist over HTTP for when the socket is down. */
export const clientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), conversationId: z.uuid(), afterSeq: sequenceNumber }),
  z.object({ type: z.literal('unsubscribe'), conversationId: z.uuid() }),
  z.object({ type: z.literal('send'), conversationId: z.uuid(), clientId: z.uuid(), body: messageText, kind: z.enum(['reply', 'note']).default('reply') }),
  z.object({ type: z.literal('typing'), conversationId: z.uuid() }),
  z.object({ type: z.literal('read'), conversationId: z.uuid(), seq: sequenceNumber }),
  z.object({ type: z.literal('ping') }),
  /** Staff: the unit's inbox list is on screen (or no longer), so every change to it is wanted, not only to conversations I hold. */
  z.object({ type: z.literal('watch_inbox'), on: z.boolean() }),
  ...videoClientMessages,
]);
export type ClientMessage = z.infer<typeof clientMessage>;

/** Close code when the server ends a session: the client must not reconnect with it. */
export const WS_CLOSE_SESSION_ENDED = 4401;
/** Close code when only the proxy link of a session ended: reload whom you act for, then reconnect. */
export const WS_CLOSE_PROXY_ENDED = 4403;
/** Close code (the standard "policy violation") for a socket that kept sending over its frame budget; the client reconnects after its back-off. */
export const WS_CLOSE_TOO_MANY_FRAMES = 1008;
/** Close code when the process shuts down or the staff member changed unit: reconnect now. */
export const WS_CLOSE_RECONNECT = 4000;
