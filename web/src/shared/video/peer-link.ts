import type { RtcPayload } from '../contracts.ts';

export type SendSignal = (payload: RtcPayload) => void;

/**
 * One RTCPeerConnection to one peer (another participant, or the SFU for one stream), with the
 * bookkeeping WebRTC needs: candidates that arrive before the remote description wait for it.
 */
export class PeerLink {
  readonly pc: RTCPeerConnection;
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private closed = false;
  /** ICE errors seen while gathering (a TURN server refusing our credentials shows here). */
  readonly iceErrors: { code: number; url: string }[] = [];
  relayCandidates = 0;

  constructor(
    config: RTCConfiguration,
    private readonly send: SendSignal,
    onTrack: (stream: MediaStream) => void,
    readonly onStateChange: () => void,
  ) {
    this.pc = new RTCPeerConnection(config);
    this.pc.addEventListener('icecandidate', (event) => {
      if (event.candidate?.type === 'relay') this.relayCandidates += 1;
      const c = event.candidate;
      this.send({ candidate: c ? { candidate: c.candidate, sdpMid: c.sdpMid, sdpMLineIndex: c.sdpMLineIndex } : null });
      if (!event.candidate) onStateChange();
    });
    this.pc.addEventListener('icecandidateerror', (event) => {
      const e = event as RTCPeerConnectionIceErrorEvent;
      this.iceErrors.push({ code: e.errorCode, url: e.url });
      onStateChange();
    });
    this.pc.addEventListener('track', (event) => onTrack(event.streams[0] ?? new MediaStream([event.track])));
    this.pc.addEventListener('connectionstatechange', onStateChange);
    this.pc.addEventListener('icegatheringstatechange', onStateChange);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async offer(options?: RTCOfferOptions): Promise<void> {
    const offer = await this.pc.createOffer(options);
    await this.pc.setLocalDescription(offer);
    this.send({ description: { type: 'offer', sdp: this.pc.localDescription!.sdp } });
  }

  /** A description from the peer: an offer is answered, an answer completes our offer. */
  async receive(payload: RtcPayload): Promise<void> {
    if (this.closed) return;
    if ('candidate' in payload) {
      if (!payload.candidate) return;
      if (this.pc.remoteDescription) await this.pc.addIceCandidate(payload.candidate).catch(() => undefined);
      else this.pendingCandidates.push(payload.candidate);
      return;
    }
    await this.pc.setRemoteDescription(payload.description);
    for (const candidate of this.pendingCandidates.splice(0)) await this.pc.addIceCandidate(candidate).catch(() => undefined);
    if (payload.description.type === 'offer') {
      const answer = await this.pc.createAnswer();
      await this.pc.setLocalDescription(answer);
      this.send({ description: { type: 'answer', sdp: this.pc.localDescription!.sdp } });
    }
  }

  close(): void {
    this.closed = true;
    this.pc.close();
  }
}
