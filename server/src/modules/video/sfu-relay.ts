import type { RtcPayload } from '../../../../contracts/video.ts';
import { SfuRejectedError, type SfuPort, type SfuPublisher, type SfuSubscriber } from '../../adapters/sfu/sfu.port.ts';
import { AppError } from '../../platform/errors.ts';

interface Handles {
  publisher: SfuPublisher | null;
  subscribers: Map<string, SfuSubscriber>;
}

const sfuUnavailable = (err: unknown) => {
  if (err instanceof AppError) return err;
  return new AppError('sfu_unavailable', 503, err instanceof SfuRejectedError ? err.message : 'The media server could not be reached');
};

/**
 * Speaks to the SFU for the participants connected to this process: their published stream and
 * each stream they watch. The browser sees the SFU as peers named "sfu" and "sfu:<feed>"; the room
 * pin never leaves the server.
 */
export class SfuRelay {
  private readonly handles = new Map<string, Handles>();

  constructor(private readonly sfu: SfuPort) {}

  /** The participant's offer for their own stream; resolves with the SFU's answer. */
  async publish(room: { roomId: string; pin: string }, participantId: string, display: string, offerSdp: string): Promise<string> {
    const handles = this.handlesOf(participantId);
    try {
      await handles.publisher?.close();
      handles.publisher = await this.sfu.publisher(room, participantId, display);
      return await handles.publisher.publish(offerSdp);
    } catch (err) {
      throw sfuUnavailable(err);
    }
  }

  /** Subscribes the participant to another's stream; resolves with the SFU's offer. */
  async subscribe(room: { roomId: string; pin: string }, participantId: string, feed: string): Promise<string> {
    const handles = this.handlesOf(participantId);
    try {
      await handles.subscribers.get(feed)?.close();
      const subscriber = await this.sfu.subscriber(room, feed);
      handles.subscribers.set(feed, subscriber);
      return subscriber.offerSdp;
    } catch (err) {
      throw sfuUnavailable(err);
    }
  }

  /** A description or candidate from the browser for the SFU peer it names. */
  async fromBrowser(participantId: string, peer: 'sfu' | `sfu:${string}`, payload: RtcPayload): Promise<void> {
    const handles = this.handles.get(participantId);
    const target = peer === 'sfu' ? handles?.publisher : handles?.subscribers.get(peer.slice(4));
    if (!target) throw new AppError('validation_failed', 400, 'Nothing to signal to: publish or subscribe first', 'to');
    try {
      if ('candidate' in payload) await target.trickle(payload.candidate);
      else if (payload.description.type === 'answer' && 'start' in target) await target.start(payload.description.sdp);
      else throw new AppError('validation_failed', 400, 'The SFU expects an answer here', 'payload');
    } catch (err) {
      throw sfuUnavailable(err);
    }
  }

  /** The participant left or lost the connection: their streams stop. */
  async closeAll(participantId: string): Promise<void> {
    const handles = this.handles.get(participantId);
    this.handles.delete(participantId);
    if (!handles) return;
    await Promise.all([handles.publisher?.close(), ...[...handles.subscribers.values()].map((s) => s.close())].map((p) => p?.catch(() => undefined)));
  }

  private handlesOf(participantId: string): Handles {
    let handles = this.handles.get(participantId);
    if (!handles) {
      handles = { publisher: null, subscribers: new Map() };
      this.handles.set(participantId, handles);
    }
    return handles;
  }
}
