import { JanusConnection, JanusError } from './janus-connection.ts';
import { type SfuCandidate, SfuRejectedError, type SfuPort, type SfuPublisher, type SfuRoomSpec, type SfuSubscriber } from './sfu.port.ts';

export interface JanusSettings {
  /** Janus's WebSocket API, bound to loopback, e.g. ws://127.0.0.1:8188. */
  url: string;
  /** The VideoRoom plugin's admin_key: rooms can only be created with it. */
  adminKey: string;
  apiSecret?: string;
  maxPublishers: number;
}

const PLUGIN = 'janus.plugin.videoroom';
const KEEPALIVE_MS = 25_000;

/** A Janus session with one plugin handle; kept alive until closed. */
class Handle {
  private readonly keepalive: NodeJS.Timeout;

  private constructor(
    readonly janus: JanusConnection,
    readonly sessionId: number,
    readonly handleId: number,
  ) {
    this.keepalive = setInterval(() => void janus.request({ janus: 'keepalive', session_id: sessionId }).catch(() => undefined), KEEPALIVE_MS);
    this.keepalive.unref();
  }

  static async attach(janus: JanusConnection): Promise<Handle> {
    const session = await janus.request({ janus: 'create' });
    const sessionId = session.data?.id;
    if (!sessionId) throw new Error('Janus created no session');
    const attached = await janus.request({ janus: 'attach', session_id: sessionId, plugin: PLUGIN });
    const handleId = attached.data?.id;
    if (!handleId) throw new Error('Janus attached no handle');
    return new Handle(janus, sessionId, handleId);
  }

  message(body: Record<string, unknown>, jsep?: { type: string; sdp: string }, waitForEvent = true) {
    return this.janus.request({ janus: 'message', session_id: this.sessionId, handle_id: this.handleId, body, ...(jsep ? { jsep } : {}) }, waitForEvent);
  }

  async trickle(candidate: SfuCandidate | null): Promise<void> {
    await this.janus.request({ janus: 'trickle', session_id: this.sessionId, handle_id: this.handleId, candidate: candidate ?? { completed: true } });
  }

  async close(): Promise<void> {
    clearInterval(this.keepalive);
    this.janus.forgetHandle(this.handleId);
    await this.janus.request({ janus: 'destroy', session_id: this.sessionId }).catch(() => undefined);
  }
}

function rejected(err: unknown): never {
  if (err instanceof JanusError) throw new SfuRejectedError(`Janus refused: ${err.message} (${err.code})`);
  throw err;
}

/**
 * Janus VideoRoom through its WebSocket API. Rooms are created with the plugin's admin key and a pin
 * per meeting; each participant gets a session with a publisher handle and one subscriber handle per
 * stream they watch. Room and feed ids are the meeting's and participants' ids (`string_ids`).
 */
export class JanusSfu implements SfuPort {
  readonly forwards = true;
  private connection: JanusConnection | null = null;
  private connecting: Promise<JanusConnection> | null = null;

  constructor(private readonly settings: JanusSettings) {}

  get maxPublishers(): number {
    return this.settings.maxPublishers;
  }

  async openRoom(room: SfuRoomSpec): Promise<void> {
    await this.withAdminHandle((h) =>
      h.message(
        {
          request: 'create',
          room: room.roomId,
          admin_key: this.settings.adminKey,
          pin: room.pin,
          secret: room.pin,
          description: room.description,
          publishers: Math.min(room.maxPublishers, this.settings.maxPublishers),
          is_private: true,
          permanent: false,
          audiocodec: 'opus',
          videocodec: 'vp8',
          bitrate: 512_000,
          notify_joining: false,
        },
        undefined,
        false,
      ).catch((err: unknown) => {
        // A room left from an earlier try (another process, a restart) is the room we want.
        if (err instanceof JanusError && err.code === 427) return null;
        return rejected(err);
      }),
    );
  }

  /** The room's secret is its pin, so only whoever holds the pin (the service) can destroy it. */
  async closeRoom(room: { roomId: string; pin: string }): Promise<void> {
    await this.withAdminHandle((h) => h.message({ request: 'destroy', room: room.roomId, secret: room.pin }, undefined, false).catch(() => null));
  }

  async roomInfo(roomId: string) {
    const reply = await this.withAdminHandle((h) => h.message({ request: 'list', admin_key: this.settings.adminKey }, undefined, false));
    const list = (reply.plugindata?.data.list ?? []) as { room: string; pin_required: boolean; num_participants: number }[];
    const room = list.find((r) => r.room === roomId);
    return { exists: Boolean(room), pinRequired: room?.pin_required ?? false, participants: room?.num_participants ?? 0 };
  }

  async publisher(room: { roomId: string; pin: string }, feedId: string, display: string): Promise<SfuPublisher> {
    const handle = await Handle.attach(await this.janus());
    try {
      await handle.message({ request: 'join', ptype: 'publisher', room: room.roomId, pin: room.pin, id: feedId, display });
    } catch (err) {
      await handle.close();
      rejected(err);
    }
    return {
      publish: async (offerSdp) => {
        const reply = await handle.message({ request: 'publish', audio: true, video: true }, { type: 'offer', sdp: offerSdp }).catch(rejected);
        if (!reply.jsep) throw new SfuRejectedError('Janus gave no answer to the offer');
        return reply.jsep.sdp;
      },
      trickle: (candidate) => handle.trickle(candidate),
      close: () => handle.close(),
    };
  }

  async subscriber(room: { roomId: string; pin: string }, feedId: string): Promise<SfuSubscriber> {
    const handle = await Handle.attach(await this.janus());
    let offer;
    try {
      offer = await handle.message({ request: 'join', ptype: 'subscriber', room: room.roomId, pin: room.pin, streams: [{ feed: feedId }] });
    } catch (err) {
      await handle.close();
      rejected(err);
    }
    if (!offer.jsep) {
      await handle.close();
      throw new SfuRejectedError('Janus made no offer for the stream');
    }
    return {
      offerSdp: offer.jsep.sdp,
      start: async (answerSdp) => {
        await handle.message({ request: 'start' }, { type: 'answer', sdp: answerSdp }).catch(rejected);
      },
      trickle: (candidate) => handle.trickle(candidate),
      close: () => handle.close(),
    };
  }

  async close(): Promise<void> {
    this.connection?.close();
    this.connection = null;
  }

  private async janus(): Promise<JanusConnection> {
    if (this.connection?.isOpen) return this.connection;
    this.connecting ??= JanusConnection.open(this.settings.url, this.settings.apiSecret).finally(() => {
      this.connecting = null;
    });
    this.connection = await this.connecting;
    return this.connection;
  }

  private async withAdminHandle<T>(work: (handle: Handle) => Promise<T>): Promise<T> {
    const handle = await Handle.attach(await this.janus());
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  }
}
