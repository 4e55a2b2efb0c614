import type { ErrorCode, IceServer, MeetingChatMessage, MeetingParticipant, MeetingView, RtcPayload, ServerMessage } from '../contracts.ts';
import type { RealtimeConnection } from '../realtime/realtime-client.ts';
import { PeerLink } from './peer-link.ts';
import { qualityOf, type ConnectionQuality, type StatsSample } from './quality.ts';

export type MeetingPhase = 'joining' | 'waiting' | 'in_meeting' | 'ended' | 'removed' | 'link_revoked' | 'error';
export type MediaProblem = 'turn_refused' | 'connection_failed' | null;

export interface MeetingSnapshot {
  phase: MeetingPhase;
  view: MeetingView | null;
  remotes: { participantId: string; stream: MediaStream }[];
  chat: MeetingChatMessage[];
  quality: ConnectionQuality;
  mediaProblem: MediaProblem;
  error: ErrorCode | null;
  /** Counts the times staff muted this participant, so the page can say so each time. */
  mutedByStaff: number;
  /** The live connection dropped: media may pause, the meeting goes on and is re-entered on its own. */
  reconnecting: boolean;
}

interface Link {
  link: PeerLink;
  /** The peer's presence and ours when the link was made: a new presence on either side needs a new link. */
  theirPresence: string | null;
  myPresence: string | null;
  offerer: boolean;
  /** A link not connected by this time is made anew; no limit once it connected. */
  setupBy: number;
}

const QUALITY_EVERY_MS = 2000;
const SUBSCRIBE_RETRY_MS = 3000;
// ICE can succeed and the DTLS handshake still never finish (an SFU under load gives up on it while the
// browser keeps "connecting"); a link not connected by then is treated as failed.
const LINK_SETUP_LIMIT_MS = 10_000;

/**
 * A participant's side of a video meeting: joins over the app's WebSocket, waits until admitted,
 * then connects media as the server's view says: directly to the one other (p2p), to each other
 * (mesh), or through the SFU (one published stream, one subscription per other participant).
 * Re-enters the meeting by itself after the socket reconnects.
 */
export class MeetingClient {
  private snapshot: MeetingSnapshot = { phase: 'joining', view: null, remotes: [], chat: [], quality: 'connecting', mediaProblem: null, error: null, mutedByStaff: 0, reconnecting: false };
  private readonly listeners = new Set<() => void>();
  private readonly links = new Map<string, Link>();
  private readonly remoteStreams = new Map<string, MediaStream>();
  /** SFU subscriptions asked for: the feed's presence and when; one without an offer after a while is asked again. */
  private readonly subscribed = new Map<string, { presence: string | null; at: number }>();
  private iceServers: IceServer[] = [];
  private iceTransportPolicy: RTCIceTransportPolicy = 'all';
  private readonly unlisten: (() => void)[] = [];
  private qualityTimer: ReturnType<typeof setInterval> | null = null;
  private lastStats = new Map<string, StatsSample>();
  private wasOpen = false;
  private stopped = false;

  constructor(
    private readonly connection: RealtimeConnection,
    readonly meetingId: string,
    private localStream: MediaStream,
    private readonly onMutedByStaff: () => void,
  ) {}

  start(): void {
    this.unlisten.push(this.connection.listen((m) => this.receive(m)));
    this.unlisten.push(
      this.connection.onStatus((status) => {
        if (status === 'open') {
          this.update({ reconnecting: false });
          this.join();
        } else if (this.wasOpen) {
          this.closeLinks();
          this.update({ reconnecting: true });
        }
      }),
    );
    if (this.connection.status() === 'open') this.join();
    this.qualityTimer = setInterval(() => void this.measure(), QUALITY_EVERY_MS);
  }

  stop(leave: boolean): void {
    if (this.stopped) return;
    this.stopped = true;
    if (leave) this.connection.send({ type: 'video_leave', meetingId: this.meetingId });
    for (const u of this.unlisten) u();
    if (this.qualityTimer) clearInterval(this.qualityTimer);
    this.closeLinks();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): MeetingSnapshot => this.snapshot;

  sendChat(clientId: string, body: string): boolean {
    return this.connection.send({ type: 'video_chat', meetingId: this.meetingId, clientId, body });
  }

  sendMedia(media: { audio: boolean; video: boolean; screen: boolean }): void {
    this.connection.send({ type: 'video_media', meetingId: this.meetingId, ...media });
  }

  /** A new camera, microphone or the screen: sent on every link without renegotiating. */
  async replaceTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<void> {
    for (const { link } of this.links.values()) {
      for (const sender of link.pc.getSenders()) if (sender.track?.kind === kind || (sender.track === null && this.senderKind(link, sender) === kind)) await sender.replaceTrack(track).catch(() => undefined);
    }
  }

  setLocalStream(stream: MediaStream): void {
    this.localStream = stream;
  }

  private senderKind(link: PeerLink, sender: RTCRtpSender): string | undefined {
    return link.pc.getTransceivers().find((t) => t.sender === sender)?.receiver.track.kind;
  }

  private join(): void {
    this.wasOpen = true;
    this.closeLinks();
    this.connection.send({ type: 'video_join', meetingId: this.meetingId });
  }

  private receive(m: ServerMessage): void {
    if (this.stopped) return;
    if ('meetingId' in m && m.meetingId !== this.meetingId) return;
    switch (m.type) {
      case 'video_ice':
        this.iceServers = m.iceServers;
        this.iceTransportPolicy = m.iceTransportPolicy;
        return;
      case 'video_state':
        if (m.meeting.meetingId !== this.meetingId) return;
        this.onState(m.meeting);
        return;
      case 'video_signal':
        void this.onSignal(m.from, m.payload);
        return;
      case 'video_chat': {
        const known = new Set(this.snapshot.chat.map((c) => c.id));
        this.update({ chat: [...this.snapshot.chat, ...m.messages.filter((c) => !known.has(c.id))] });
        return;
      }
      case 'video_muted':
        this.onMutedByStaff();
        this.update({ mutedByStaff: this.snapshot.mutedByStaff + 1 });
        return;
      case 'video_ended':
        this.closeLinks();
        this.update({ phase: m.reason === 'removed' ? 'removed' : m.reason === 'link_revoked' ? 'link_revoked' : 'ended' });
        return;
      case 'nack':
        if (this.snapshot.phase === 'joining' || m.code === 'meeting_ended' || m.code === 'not_in_meeting' || m.code.startsWith('guest_link')) this.update({ phase: m.code === 'meeting_ended' ? 'ended' : 'error', error: m.code });
        return;
      default:
        return;
    }
  }

  private onState(view: MeetingView): void {
    const phase: MeetingPhase =
      view.status === 'ended' ? 'ended' : view.you.state === 'admitted' ? 'in_meeting' : view.you.state === 'waiting' ? 'waiting' : view.you.state === 'removed' ? 'removed' : 'ended';
    this.update({ view, phase, error: null });
    this.syncLinks(view, phase);
  }

  private syncLinks(view: MeetingView, phase: MeetingPhase): void {
    if (phase !== 'in_meeting') {
      this.closeLinks();
      return;
    }
    const me = view.participants.find((p) => p.id === view.you.id);
    const others = view.participants.filter((p) => p.id !== view.you.id && p.state === 'admitted' && p.present);
    const wanted = new Set<string>();
    if (view.topology === 'sfu') {
      this.syncSfu(me, others, wanted);
    } else {
      for (const other of others) {
        wanted.add(other.id);
        const existing = this.links.get(other.id);
        const iOffer = view.you.id < other.id;
        if (existing && existing.theirPresence === other.presence && existing.myPresence === (me?.presence ?? null)) continue;
        if (existing && !iOffer && existing.theirPresence === null) {
          existing.theirPresence = other.presence;
          existing.myPresence = me?.presence ?? null;
          continue;
        }
        if (!iOffer) continue;
        this.dropLink(other.id);
        const link = this.makeLink(other.id, other.id, true, other.presence, me?.presence ?? null);
        void link.link.offer();
      }
    }
    for (const key of [...this.links.keys()]) if (!wanted.has(key)) this.dropLink(key);
    for (const id of [...this.remoteStreams.keys()]) if (!others.some((o) => o.id === id)) this.remoteStreams.delete(id);
    this.publishRemotes();
  }

  private syncSfu(me: MeetingParticipant | undefined, others: MeetingParticipant[], wanted: Set<string>): void {
    wanted.add('sfu');
    const publisher = this.links.get('sfu');
    if (!publisher || publisher.myPresence !== (me?.presence ?? null)) {
      this.dropLink('sfu');
      const link = this.makeLink('sfu', null, true, null, me?.presence ?? null, 'sendonly');
      void link.link.offer();
    }
    for (const other of others.filter((o) => o.published)) {
      const key = `sfu:${other.id}`;
      wanted.add(key);
      if (this.subscribed.get(other.id)?.presence === other.presence) continue;
      this.subscribed.set(other.id, { presence: other.presence, at: Date.now() });
      this.connection.send({ type: 'video_subscribe', meetingId: this.meetingId, feed: other.id });
    }
    for (const id of [...this.subscribed.keys()]) if (!others.some((o) => o.id === id && o.published)) this.subscribed.delete(id);
  }

  private async onSignal(from: string, payload: RtcPayload): Promise<void> {
    let entry = this.links.get(from);
    if ('description' in payload && payload.description.type === 'offer') {
      // Every offer starts a fresh connection: the peer came back, or the SFU offers a stream.
      this.dropLink(from);
      const participantId = from.startsWith('sfu:') ? from.slice(4) : from;
      entry = this.makeLink(from, participantId, false, null, null, from.startsWith('sfu:') ? 'recvonly' : undefined);
    }
    if (!entry) return;
    try {
      await entry.link.receive(payload);
    } catch {
      this.update({ mediaProblem: 'connection_failed' });
    }
  }

  private makeLink(key: string, participantId: string | null, offerer: boolean, theirPresence: string | null, myPresence: string | null, direction?: 'sendonly' | 'recvonly'): Link {
    const to = key;
    const link = new PeerLink(
      { iceServers: this.iceServers, iceTransportPolicy: this.iceTransportPolicy },
      (payload) => this.connection.send({ type: 'video_signal', meetingId: this.meetingId, to, payload }),
      (stream) => {
        if (!participantId) return;
        this.remoteStreams.set(participantId, stream);
        this.publishRemotes();
      },
      () => this.onLinkChange(key),
    );
    if (direction === 'recvonly') {
      // The SFU's offer brings its own transceivers.
    } else {
      for (const track of this.localStream.getTracks()) {
        if (direction === 'sendonly') link.pc.addTransceiver(track, { direction: 'sendonly', streams: [this.localStream] });
        else link.pc.addTrack(track, this.localStream);
      }
    }
    const entry = { link, theirPresence, myPresence, offerer, setupBy: Date.now() + LINK_SETUP_LIMIT_MS };
    this.links.set(key, entry);
    return entry;
  }

  private onLinkChange(key: string): void {
    const entry = this.links.get(key);
    if (!entry || entry.link.isClosed) return;
    const { pc } = entry.link;
    if (this.iceTransportPolicy === 'relay' && pc.iceGatheringState === 'complete' && entry.link.relayCandidates === 0) this.update({ mediaProblem: 'turn_refused' });
    else if (pc.connectionState === 'failed') this.retryLink(key, entry);
    else if (pc.connectionState === 'connected') {
      entry.setupBy = Number.POSITIVE_INFINITY;
      if (this.snapshot.mediaProblem) this.update({ mediaProblem: null });
    }
  }

  /** The side that offered tries again with a new connection; the other waits for its offer. A stream from the SFU is offered by the SFU, so asking for it again is trying again. */
  private retryLink(key: string, entry: Link): void {
    this.update({ mediaProblem: 'connection_failed' });
    if (!(entry.offerer || key.startsWith('sfu:')) || !this.snapshot.view) return;
    setTimeout(() => {
      if (this.links.get(key) !== entry) return;
      this.dropLink(key);
      if (this.snapshot.view) this.syncLinks(this.snapshot.view, this.snapshot.phase);
    }, 1000);
  }

  private dropLink(key: string): void {
    const entry = this.links.get(key);
    if (!entry) return;
    entry.link.close();
    this.links.delete(key);
    if (key.startsWith('sfu:')) this.subscribed.delete(key.slice(4));
  }

  private closeLinks(): void {
    for (const key of [...this.links.keys()]) this.dropLink(key);
    this.subscribed.clear();
    this.remoteStreams.clear();
    this.publishRemotes();
  }

  private publishRemotes(): void {
    this.update({ remotes: [...this.remoteStreams].map(([participantId, stream]) => ({ participantId, stream })) });
  }

  /** A feed just published may not be ready in the SFU yet: a subscription with no offer after a few seconds is asked again. */
  private retrySubscriptions(): void {
    for (const [feed, asked] of this.subscribed) {
      if (this.links.has(`sfu:${feed}`) || Date.now() - asked.at < SUBSCRIBE_RETRY_MS) continue;
      asked.at = Date.now();
      this.connection.send({ type: 'video_subscribe', meetingId: this.meetingId, feed });
    }
  }

  private async measure(): Promise<void> {
    this.retrySubscriptions();
    const samples: ConnectionQuality[] = [];
    for (const [key, entry] of this.links) {
      const { link } = entry;
      if (link.pc.connectionState !== 'connected') {
        samples.push(link.pc.connectionState === 'failed' ? 'poor' : 'connecting');
        if ((link.pc.connectionState === 'new' || link.pc.connectionState === 'connecting') && Date.now() > entry.setupBy) {
          entry.setupBy = Number.POSITIVE_INFINITY;
          this.retryLink(key, entry);
        }
        continue;
      }
      const stats = await link.pc.getStats().catch(() => null);
      if (!stats) continue;
      const { quality, sample } = qualityOf(stats, this.lastStats.get(key));
      this.lastStats.set(key, sample);
      samples.push(quality);
    }
    const order: ConnectionQuality[] = ['poor', 'connecting', 'fair', 'good'];
    const worst = samples.length ? order.find((q) => samples.includes(q))! : this.snapshot.phase === 'in_meeting' ? 'connecting' : 'good';
    if (worst !== this.snapshot.quality) this.update({ quality: worst });
  }

  private update(change: Partial<MeetingSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }
}
