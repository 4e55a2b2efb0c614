import type { FastifyBaseLogger } from 'fastify';
import { type ClientMessage, clientMessage } from '../../../../contracts/realtime.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { LiveConnection } from '../../platform/realtime-hub.ts';
import { clientIdOf } from '../../platform/socket-frames.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ChatDelivery, ConversationRef } from './chat-delivery.ts';
import type { MessagingService } from './messaging.service.ts';

/**
 * What a browser tab says over its WebSocket about chat: follow a conversation from a sequence
 * number, send, type, read. Each message is checked as its HTTP twin is; a refusal comes back as a
 * `nack` naming the client id, and never closes the socket.
 */
export class ChatSocket {
  private readonly followed = new WeakMap<LiveConnection, Map<string, ConversationRef>>();
  /** Each connection's frames are handled one after another, so two messages sent in a row are stored in that order. */
  private readonly queues = new WeakMap<LiveConnection, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly messaging: MessagingService,
    private readonly delivery: ChatDelivery,
    private readonly audit: AuditService,
  ) {}

  /** Handles one text frame, after the connection's earlier frames. */
  handle = (connection: LiveConnection, data: string, log: FastifyBaseLogger): void => {
    let parsed: ClientMessage;
    try {
      const result = clientMessage.safeParse(JSON.parse(data));
      if (!result.success) {
        const issue = result.error.issues[0];
        connection.send({ type: 'nack', clientId: clientIdOf(data), code: 'validation_failed', message: issue?.message ?? 'Invalid message', field: issue?.path.join('.') || undefined });
        return;
      }
      parsed = result.data;
    } catch {
      connection.send({ type: 'nack', clientId: null, code: 'validation_failed', message: 'Messages are JSON' });
      return;
    }
    const handled = (this.queues.get(connection) ?? Promise.resolve()).then(() =>
      this.dispatch(connection, parsed).catch((err: unknown) => {
        const clientId = parsed.type === 'send' ? parsed.clientId : null;
        if (err instanceof AppError) connection.send({ type: 'nack', clientId, code: err.code, message: err.message, field: err.field });
        else {
          log.error({ err }, 'websocket message failed');
          connection.send({ type: 'nack', clientId, code: 'internal_error', message: 'Something went wrong on our side' });
        }
      }),
    );
    this.queues.set(connection, handled);
  };

  private async dispatch(connection: LiveConnection, m: ClientMessage): Promise<void> {
    const principal = connection.principal;
    if (principal.kind === 'guest') throw new AppError('role_not_permitted', 403, 'Guests of a video meeting have no conversations');
    switch (m.type) {
      case 'ping':
        connection.send({ type: 'pong' });
        return;
      case 'subscribe': {
        const row = await this.messaging.visibleTo(principal, m.conversationId);
        if (principal.kind === 'staff' && principal.activeUnitId) await this.audit.recordRead(this.db, { ...principal, activeUnitId: principal.activeUnitId }, row.residentId, 'conversation', `ws:${principal.sessionId}`);
        const ref = { id: row.id, unitId: row.unitId, residentId: row.residentId };
        const refs = this.followed.get(connection) ?? new Map<string, ConversationRef>();
        refs.set(ref.id, ref);
        this.followed.set(connection, refs);
        await this.delivery.follow(connection, ref, m.afterSeq);
        return;
      }
      case 'unsubscribe':
        this.followed.get(connection)?.delete(m.conversationId);
        this.delivery.unfollow(connection, m.conversationId);
        return;
      case 'send': {
        const { message } = await this.messaging.send(principal, m.conversationId, { clientId: m.clientId, body: m.body, kind: m.kind, attachmentIds: [], links: [] });
        connection.send({ type: 'ack', clientId: m.clientId, conversationId: m.conversationId, seq: message.seq, messageId: message.id });
        return;
      }
      case 'typing': {
        const ref = this.followed.get(connection)?.get(m.conversationId);
        if (ref) await this.messaging.typing(principal, ref);
        return;
      }
      case 'read':
        await this.messaging.read(principal, m.conversationId, m.seq);
        return;
      case 'watch_inbox':
        if (principal.kind !== 'staff') throw new AppError('role_not_permitted', 403, 'The inbox is for staff');
        this.delivery.watchInbox(connection, m.on);
        return;
    }
  }
}
