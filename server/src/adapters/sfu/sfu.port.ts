/**
 * Media forwarding for meetings of more than two (ARCHITECTURE: groups through Janus VideoRoom).
 * Browsers never talk to the media server's API: the service speaks it on their behalf, so the
 * room pin and the admin key stay on the server and admission is decided by the service alone.
 */
export interface SfuRoomSpec {
  roomId: string;
  pin: string;
  maxPublishers: number;
  description: string;
}

export interface SfuCandidate {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
}

/** One participant's published stream in a room. */
export interface SfuPublisher {
  /** Sends the browser's offer; resolves with the media server's answer. */
  publish(offerSdp: string): Promise<string>;
  trickle(candidate: SfuCandidate | null): Promise<void>;
  close(): Promise<void>;
}

/** One participant's subscription to another's stream. */
export interface SfuSubscriber {
  /** The media server's offer for the stream. */
  readonly offerSdp: string;
  /** Sends the browser's answer; media flow after it. */
  start(answerSdp: string): Promise<void>;
  trickle(candidate: SfuCandidate | null): Promise<void>;
  close(): Promise<void>;
}

export class SfuRejectedError extends Error {}

export interface SfuPort {
  /** True when a media server forwards streams; false: there is none, and peers send to each other (a mesh). */
  readonly forwards: boolean;
  /** At most this many may publish in one room. */
  readonly maxPublishers: number;
  openRoom(room: SfuRoomSpec): Promise<void>;
  closeRoom(room: { roomId: string; pin: string }): Promise<void>;
  /** Whether a room exists and is protected by a pin. */
  roomInfo(roomId: string): Promise<{ exists: boolean; pinRequired: boolean; participants: number }>;
  publisher(room: { roomId: string; pin: string }, feedId: string, display: string): Promise<SfuPublisher>;
  subscriber(room: { roomId: string; pin: string }, feedId: string): Promise<SfuSubscriber>;
  close(): Promise<void>;
}
