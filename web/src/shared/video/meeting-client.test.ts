import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage, MeetingParticipant, MeetingView, ServerMessage } from '../contracts.ts';
import type { RealtimeConnection, RealtimeStatus } from '../realtime/realtime-client.ts';
import { MeetingClient } from './meeting-client.ts';

const MEETING = '00000000-0000-4000-8000-0000000000a1';
const ME = '00000000-0000-4000-8000-0000000000b1';
const OTHER = '00000000-0000-4000-8000-0000000000b2';

/** Just enough of RTCPeerConnection to be driven by the test: states set by hand, events fired on demand. */
class FakePeerConnection extends EventTarget {
  static made: FakePeerConnection[] = [];
  connectionState: RTCPeerConnectionState = 'new';
  iceGatheringState: RTCIceGatheringState = 'new';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  closed = false;
  constructor() {
    super();
    FakePeerConnection.made.push(this);
  }
  addTransceiver() {}
  addTrack() {}
  getSenders() {
    return [];
  }
  getTransceivers() {
    return [];
  }
  async createOffer() {
    return { type: 'offer' as const, sdp: 'v=0' };
  }
  async createAnswer() {
    return { type: 'answer' as const, sdp: 'v=0' };
  }
  async setLocalDescription(d: RTCSessionDescriptionInit) {
    this.localDescription = d;
  }
  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    this.remoteDescription = d;
  }
  async addIceCandidate() {}
  async getStats() {
    return new Map();
  }
  close() {
    this.closed = true;
    this.connectionState = 'closed';
  }
  become(state: RTCPeerConnectionState) {
    this.connectionState = state;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}

class FakeRealtime implements RealtimeConnection {
  readonly sent: ClientMessage[] = [];
  private readonly listeners = new Set<(m: ServerMessage) => void>();
  send(m: ClientMessage): boolean {
    this.sent.push(m);
    return true;
  }
  listen(l: (m: ServerMessage) => void) {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  onStatus() {
    return () => undefined;
  }
  status(): RealtimeStatus {
    return 'open';
  }
  close() {}
  deliver(m: ServerMessage) {
    for (const l of this.listeners) l(m);
  }
  subscriptionsTo(feed: string) {
    return this.sent.filter((m) => m.type === 'video_subscribe' && m.feed === feed).length;
  }
}

const participant = (id: string, over: Partial<MeetingParticipant> = {}): MeetingParticipant => ({
  id,
  kind: 'resident',
  name: 'Anna Lindqvist',
  actingFor: null,
  profession: null,
  state: 'admitted',
  present: true,
  presence: `presence-${id}`,
  audio: true,
  video: true,
  screen: false,
  published: true,
  ...over,
});

const sfuView = (): MeetingView => ({
  meetingId: MEETING,
  kind: 'group',
  title: null,
  unitName: 'Visby vårdcentral',
  startsAt: '2026-12-03T09:00:00.000Z',
  status: 'open',
  topology: 'sfu',
  meshLimit: 4,
  namesVisible: true,
  you: { id: ME, kind: 'staff', state: 'admitted', isStaff: true },
  participants: [participant(ME, { kind: 'staff' }), participant(OTHER)],
});

describe('a meeting through the SFU', () => {
  let realtime: FakeRealtime;
  let client: MeetingClient;
  const subscriberLink = () => FakePeerConnection.made.filter((pc) => !pc.closed).at(-1)!;
  const sfuOffers = () => realtime.deliver({ type: 'video_signal', meetingId: MEETING, from: `sfu:${OTHER}`, payload: { description: { type: 'offer', sdp: 'v=0' } } });

  beforeEach(() => {
    vi.useFakeTimers();
    FakePeerConnection.made = [];
    vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
    vi.stubGlobal('MediaStream', class {});
    realtime = new FakeRealtime();
    client = new MeetingClient(realtime, MEETING, { getTracks: () => [] } as unknown as MediaStream, () => undefined);
    client.start();
    realtime.deliver({ type: 'video_state', meeting: sfuView() } as ServerMessage);
  });
  afterEach(() => {
    client.stop(false);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a stream from the SFU whose connection never completes (ICE through, DTLS stuck) is asked for again', async () => {
    expect(realtime.subscriptionsTo(OTHER)).toBe(1);
    sfuOffers();
    await vi.advanceTimersByTimeAsync(0);
    subscriberLink().become('connecting');
    await vi.advanceTimersByTimeAsync(8_000);
    expect(realtime.subscriptionsTo(OTHER)).toBe(1);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(realtime.subscriptionsTo(OTHER)).toBe(2);
    expect(client.getSnapshot().mediaProblem).toBe('connection_failed');
  });

  it('a stream from the SFU whose connection failed is asked for again', async () => {
    sfuOffers();
    await vi.advanceTimersByTimeAsync(0);
    subscriberLink().become('failed');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(realtime.subscriptionsTo(OTHER)).toBe(2);
  });

  it('connections that connected are left alone however long a picture takes to show', async () => {
    sfuOffers();
    await vi.advanceTimersByTimeAsync(0);
    for (const pc of FakePeerConnection.made) pc.become('connected');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(realtime.subscriptionsTo(OTHER)).toBe(1);
    expect(client.getSnapshot().mediaProblem).toBeNull();
  });
});
