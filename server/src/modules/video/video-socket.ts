import type { FastifyBaseLogger } from 'fastify';
import { type ClientMessage, clientMessage } from '../../../../contracts/realtime.ts';
import { AppError } from '../../platform/errors.ts';
import type { LiveConnection } from '../../platform/realtime-hub.ts';
import type { MeetingRoom } from './meeting-room.ts';
import type { SfuRelay } from './sfu-relay.ts';
import type { VideoDelivery } from './video-delivery.ts';

type VideoMessage = Extract<ClientMessage, { type: `video_${string}` }>;

/** Whether a text frame is for video meetings (the chat module takes the others). */
export function isVideoFrame(data: string): boolean {
  return /"type"\s*:\s*"video_/.test(data);
}

const notJoined = () => new AppError('not_in_meeting', 403, 'Join the meeting first');

/**
 * What a browser tab says over its WebSocket about video meetings: join and leave, WebRTC signals
 * to another participant or the SFU, media state, chat. Signals are checked against this process's
 * view of the meeting (both sides admitted), without a database read; a refusal comes back as a
 * `nack`.
 */
export class VideoSocket {
  private readonly queues = new WeakMap<LiveConnection, Promise<void>>();

  constructor(
    private readonly room: MeetingRoom,
    private readonly delivery: VideoDelivery,
    private readonly relay: SfuRelay,
  ) {}

  handle = (connection: LiveConnection, data: string, log: FastifyBaseLogger): void => {
    let message: VideoMessage;
    try {
      const result = clientMessage.safeParse(JSON.parse(data));
      if (!result.success || !result.data.type.startsWith('video_')) {
        const issue = result.error?.issues[0];
        connection.send({ type: 'nack', clientId: null, code: 'validation_failed', message: issue?.message ?? 'Invalid message', field: issue?.path.join('.') || undefined });
        return;
      }
      message = result.data as VideoMessage;
    } catch {
      connection.send({ type: 'nack', clientId: null, code: 'validation_failed', message: 'Messages are JSON' });
      return;
    }
    const handled = (this.queues.get(connection) ?? Promise.resolve()).then(() =>
      this.dispatch(connection, message).catch((err: unknown) => {
        const clientId = message.type === 'video_chat' ? message.clientId : null;
        if (err instanceof AppError) connection.send({ type: 'nack', clientId, code: err.code, message: err.message, field: err.field });
        else {
          log.error({ err }, 'video message failed');
          connection.send({ type: 'nack', clientId, code: 'internal_error', message: 'Something went wrong on our side' });
        }
      }),
    );
    this.queues.set(connection, handled);
  };

  private async dispatch(connection: LiveConnection, m: VideoMessage): Promise<void> {
    if (m.type === 'video_join') {
      await this.room.join(connection.principal, m.meetingId, connection);
      return;
    }
    const local = this.delivery.localsOf(connection).find((l) => l.meetingId === m.meetingId);
    if (!local) throw notJoined();
    const me = local.participantId;
    switch (m.type) {
      case 'video_leave':
        await this.room.leave(m.meetingId, me, connection, 'left');
        return;
      case 'video_media':
        await this.room.setMedia(m.meetingId, me, m, connection.principal.kind === 'staff');
        return;
      case 'video_chat':
        this.assertAdmitted(m.meetingId, me);
        await this.room.chat(m.meetingId, me, m.clientId, m.body);
        return;
      case 'video_subscribe': {
        this.assertAdmitted(m.meetingId, me);
        const offer = await this.relay.subscribe(await this.room.sfuRoomOf(m.meetingId), me, m.feed);
        connection.send({ type: 'video_signal', meetingId: m.meetingId, from: `sfu:${m.feed}`, payload: { description: { type: 'offer', sdp: offer } } });
        return;
      }
      case 'video_signal': {
        this.assertAdmitted(m.meetingId, me);
        if (m.to === 'sfu' && 'description' in m.payload) {
          if (m.payload.description.type !== 'offer') throw new AppError('validation_failed', 400, 'Publish with an offer', 'payload');
          const answer = await this.relay.publish(await this.room.sfuRoomOf(m.meetingId), me, me, m.payload.description.sdp);
          connection.send({ type: 'video_signal', meetingId: m.meetingId, from: 'sfu', payload: { description: { type: 'answer', sdp: answer } } });
          await this.room.markPublished(m.meetingId, me);
          return;
        }
        if (m.to === 'sfu' || m.to.startsWith('sfu:')) {
          await this.relay.fromBrowser(me, m.to as 'sfu', m.payload);
          return;
        }
        if (m.to === me || this.delivery.stateOf(m.meetingId, m.to) !== 'admitted') throw new AppError('not_in_meeting', 403, 'That participant is not in the meeting', 'to');
        await this.delivery.signal(m.meetingId, m.to, { type: 'video_signal', meetingId: m.meetingId, from: me, payload: m.payload });
        return;
      }
    }
  }

  /** R-VM-4: nobody in the waiting room sends media, signals or chat into the meeting. */
  private assertAdmitted(meetingId: string, participantId: string): void {
    if (this.delivery.stateOf(meetingId, participantId) !== 'admitted') throw new AppError('not_in_meeting', 403, 'Wait until you are let in');
  }
}
