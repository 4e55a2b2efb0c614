import { SfuRejectedError, type SfuPort, type SfuPublisher, type SfuRoomSpec, type SfuSubscriber } from './sfu.port.ts';

/**
 * The embedded default: no media server. Rooms are only bookkeeping (so the meeting's room and
 * pin behave as with Janus), and nothing is forwarded: meetings of more than two run as a mesh, each
 * browser sending to each other one, which suits a handful of people on a good connection.
 */
export class LocalMeshSfu implements SfuPort {
  readonly forwards = false;
  private readonly rooms = new Map<string, SfuRoomSpec>();

  constructor(readonly maxPublishers = 4) {}

  async openRoom(room: SfuRoomSpec): Promise<void> {
    this.rooms.set(room.roomId, room);
  }

  async closeRoom(room: { roomId: string; pin: string }): Promise<void> {
    if (this.rooms.get(room.roomId)?.pin === room.pin) this.rooms.delete(room.roomId);
  }

  async roomInfo(roomId: string) {
    const room = this.rooms.get(roomId);
    return { exists: Boolean(room), pinRequired: Boolean(room?.pin), participants: 0 };
  }

  async publisher(room: { roomId: string; pin: string }): Promise<SfuPublisher> {
    throw this.refusal(room);
  }

  async subscriber(room: { roomId: string; pin: string }): Promise<SfuSubscriber> {
    throw this.refusal(room);
  }

  async close(): Promise<void> {
    this.rooms.clear();
  }

  private refusal(room: { roomId: string; pin: string }): Error {
    const known = this.rooms.get(room.roomId);
    if (!known) return new SfuRejectedError('No such room');
    if (known.pin !== room.pin) return new SfuRejectedError('Wrong pin');
    return new SfuRejectedError('No media server: peers send to each other');
  }
}
