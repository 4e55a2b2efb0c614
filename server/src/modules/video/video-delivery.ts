import type { ServerMessage } from '../../../../contracts/realtime.ts';
import type { ParticipantState } from '../../../../contracts/video.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EventBus } from '../../platform/event-bus.ts';
import type { LiveConnection, RealtimeHub } from '../../platform/realtime-hub.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import { chatViewFor, meetingViewFor } from './meeting-view.ts';
import { type ChatRow, videoRepository } from './video.repository.ts';

/** What crosses to other processes: ids only; a signal's content waits in the database for its reader. */
export type VideoBusEvent =
  | { k: 'changed'; m: string; u: string }
  | { k: 'signal'; seq: number; p: string }
  | { k: 'chat'; m: string; id: string }
  | { k: 'notice'; m: string; p: string; n: 'muted' | 'removed' | 'ended' | 'link_revoked' };

/** A participant connected to this process. */
export interface LocalParticipant {
  connection: LiveConnection;
  meetingId: string;
  participantId: string;
  presence: string;
}

type Notice = Extract<VideoBusEvent, { k: 'notice' }>['n'];

/**
 * Puts meeting events in front of the participants connected to this process and carries them to
 * the others through the event bus: each participant's own view of the meeting on every change,
 * signals between two participants, chat, and notices (muted, removed, ended).
 */
export class VideoDelivery {
  private readonly byMeeting = new Map<string, Map<string, LocalParticipant>>();
  private readonly states = new Map<string, Map<string, ParticipantState>>();
  private readonly unitNames = new Map<string, string>();
  /** Remote batches are handled in the order they came, so signals between two peers stay in order. */
  private remoteQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly hub: RealtimeHub,
    private readonly units: UnitsDirectory,
    private readonly bus: EventBus<VideoBusEvent>,
    private readonly meshLimit: number,
  ) {
    bus.onRemote((events) => {
      this.remoteQueue = this.remoteQueue.then(() => this.receiveRemote(events)).catch(() => undefined);
    });
  }

  register(local: LocalParticipant): void {
    const participants = this.byMeeting.get(local.meetingId) ?? new Map<string, LocalParticipant>();
    // The same person opened the meeting in another tab: the older one stops.
    const older = participants.get(local.participantId);
    if (older && older.connection !== local.connection) older.connection.send({ type: 'video_ended', meetingId: local.meetingId, reason: 'ended' });
    participants.set(local.participantId, local);
    this.byMeeting.set(local.meetingId, participants);
  }

  /** Forgets a local participant if this is still their connection; true when it was. */
  unregister(meetingId: string, participantId: string, connection: LiveConnection): boolean {
    const participants = this.byMeeting.get(meetingId);
    if (participants?.get(participantId)?.connection !== connection) return false;
    participants.delete(participantId);
    if (participants.size === 0) {
      this.byMeeting.delete(meetingId);
      this.states.delete(meetingId);
    }
    return true;
  }

  local(meetingId: string, participantId: string): LocalParticipant | undefined {
    return this.byMeeting.get(meetingId)?.get(participantId);
  }

  /** The local participants a connection is, in any meeting. */
  localsOf(connection: LiveConnection): LocalParticipant[] {
    const found: LocalParticipant[] = [];
    for (const participants of this.byMeeting.values()) for (const p of participants.values()) if (p.connection === connection) found.push(p);
    return found;
  }

  /** The state this process last saw, for checking signals without a database read. */
  stateOf(meetingId: string, participantId: string): ParticipantState | undefined {
    return this.states.get(meetingId)?.get(participantId);
  }

  /** The meeting changed: every participant gets their view anew, here and in the other processes; staff lists refresh. */
  async changed(meetingId: string, unitId: string): Promise<void> {
    this.bus.publish({ k: 'changed', m: meetingId, u: unitId });
    await this.changedLocally(meetingId, unitId);
  }

  /** A signal for one participant: sent directly when connected here, else stored for the process they are connected to. */
  async signal(meetingId: string, to: string, message: Extract<ServerMessage, { type: 'video_signal' }>): Promise<void> {
    const local = this.local(meetingId, to);
    if (local) {
      local.connection.send(message);
      return;
    }
    const seq = await videoRepository.insertSignal(this.db, { meetingId, toParticipantId: to, message: JSON.stringify(message), createdAt: this.clock.now() });
    this.bus.publish({ k: 'signal', seq, p: to });
  }

  notice(meetingId: string, participantId: string, notice: Notice): void {
    this.noticeLocally(meetingId, participantId, notice);
    this.bus.publish({ k: 'notice', m: meetingId, p: participantId, n: notice });
  }

  async chat(row: ChatRow): Promise<void> {
    this.bus.publish({ k: 'chat', m: row.meetingId, id: row.id });
    await this.chatLocally(row.meetingId, [row]);
  }

  /** The chat so far, to one participant who was just admitted or came back. */
  async chatHistory(local: LocalParticipant): Promise<void> {
    const [rows, meeting, participants] = await Promise.all([
      videoRepository.chatOf(this.db, local.meetingId, 200),
      videoRepository.meeting(this.db, local.meetingId),
      videoRepository.participants(this.db, [local.meetingId]),
    ]);
    const viewer = participants.find((p) => p.id === local.participantId);
    if (!meeting || !viewer || viewer.state !== 'admitted') return;
    local.connection.send({ type: 'video_chat', meetingId: meeting.id, messages: chatViewFor(rows, meeting, participants, viewer) });
  }

  private async changedLocally(meetingId: string, unitId: string): Promise<void> {
    this.hub.toUnit(unitId, { type: 'video_meetings_changed' });
    const locals = this.byMeeting.get(meetingId);
    if (!locals?.size) return;
    const [meeting, participants] = await Promise.all([videoRepository.meeting(this.db, meetingId), videoRepository.participants(this.db, [meetingId])]);
    if (!meeting) return;
    this.states.set(meetingId, new Map(participants.map((p) => [p.id, p.state])));
    const unitName = await this.unitName(meeting.unitId);
    for (const local of locals.values()) {
      const viewer = participants.find((p) => p.id === local.participantId);
      if (viewer) local.connection.send({ type: 'video_state', meeting: meetingViewFor(meeting, unitName, participants, viewer, this.meshLimit) });
    }
  }

  private noticeLocally(meetingId: string, participantId: string, notice: Notice): void {
    const local = this.local(meetingId, participantId);
    if (!local) return;
    if (notice === 'muted') local.connection.send({ type: 'video_muted', meetingId });
    else local.connection.send({ type: 'video_ended', meetingId, reason: notice });
  }

  private async chatLocally(meetingId: string, rows: ChatRow[]): Promise<void> {
    const locals = this.byMeeting.get(meetingId);
    if (!locals?.size || !rows.length) return;
    const [meeting, participants] = await Promise.all([videoRepository.meeting(this.db, meetingId), videoRepository.participants(this.db, [meetingId])]);
    if (!meeting) return;
    for (const local of locals.values()) {
      const viewer = participants.find((p) => p.id === local.participantId);
      if (viewer?.state === 'admitted') local.connection.send({ type: 'video_chat', meetingId, messages: chatViewFor(rows, meeting, participants, viewer) });
    }
  }

  private async unitName(unitId: string): Promise<string> {
    let name = this.unitNames.get(unitId);
    if (!name) {
      name = (await this.units.byId(unitId))?.name ?? '';
      this.unitNames.set(unitId, name);
    }
    return name;
  }

  private async receiveRemote(events: VideoBusEvent[]): Promise<void> {
    const signals = events.filter((e): e is Extract<VideoBusEvent, { k: 'signal' }> => e.k === 'signal' && this.isLocalParticipant(e.p));
    for (const row of await videoRepository.takeSignals(this.db, signals.map((s) => s.seq))) {
      this.local(row.meetingId, row.toParticipantId)?.connection.send(JSON.parse(row.message) as ServerMessage);
    }
    const changed = new Map<string, string>();
    const chats = new Map<string, string[]>();
    for (const e of events) {
      if (e.k === 'changed') changed.set(e.m, e.u);
      else if (e.k === 'notice') this.noticeLocally(e.m, e.p, e.n);
      else if (e.k === 'chat' && this.byMeeting.has(e.m)) chats.set(e.m, [...(chats.get(e.m) ?? []), e.id]);
    }
    for (const [meetingId, unitId] of changed) await this.changedLocally(meetingId, unitId);
    for (const [meetingId, ids] of chats) await this.chatLocally(meetingId, await videoRepository.chatByIds(this.db, ids));
  }

  private isLocalParticipant(participantId: string): boolean {
    for (const participants of this.byMeeting.values()) if (participants.has(participantId)) return true;
    return false;
  }
}
