import { randomBytes, randomUUID } from 'node:crypto';
import type { SfuPort } from '../../adapters/sfu/sfu.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { SignedInPrincipal, StaffInUnit } from '../../platform/principal.ts';
import type { LiveConnection } from '../../platform/realtime-hub.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { IceServers } from './ice-servers.ts';
import type { MeetingAccess, MeetingRole } from './meeting-access.ts';
import type { SfuRelay } from './sfu-relay.ts';
import type { VideoDelivery } from './video-delivery.ts';
import { type MeetingRow, type ParticipantRow, videoRepository } from './video.repository.ts';
import { entryState, MEETING_CLOSES_AFTER_MS, mayAdmitAnother, reentryState, waitingRoomVerdict } from './video.rules.ts';

const meetingEnded = () => new AppError('meeting_ended', 409, 'The video meeting has ended');

/**
 * The live meeting: entering (the waiting room or, for its staff, the meeting), admission, removal,
 * muting, the end for everyone, media state and chat. Every change is committed first and then put
 * in front of the participants, on every process.
 */
export class MeetingRoom {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly access: MeetingAccess,
    private readonly delivery: VideoDelivery,
    private readonly sfu: SfuPort,
    private readonly relay: SfuRelay,
    private readonly bookings: BookingsService,
    private readonly audit: AuditService,
    private readonly ice: IceServers,
    private readonly meshLimit: number,
  ) {}

  /** R-VM-4: enters the waiting room, or the meeting for its staff and for someone admitted before who comes back. */
  async join(principal: SignedInPrincipal, meetingId: string, connection: LiveConnection): Promise<ParticipantRow> {
    const role = await this.access.roleIn(principal, meetingId);
    const now = this.clock.now();
    if (role.meeting.endedAt) throw meetingEnded();
    if (!role.isMeetingStaff && waitingRoomVerdict(role.meeting, now) === 'not_yet') throw new AppError('waiting_room_not_open', 409, 'The waiting room opens a while before the meeting');
    const presence = randomUUID();
    const participant = await this.db.transaction(async (tx) => {
      await videoRepository.lockMeeting(tx, meetingId);
      const earlier = await videoRepository.findParticipant(tx, meetingId, role.key);
      const state = earlier ? reentryState(earlier.state, role.isMeetingStaff) : entryState(role.isMeetingStaff);
      if (state === 'refused') throw new AppError('not_in_meeting', 403, 'You were removed from this meeting');
      const admitted = state === 'admitted' ? { admittedAt: earlier?.admittedAt ?? now } : { admittedAt: null };
      const row = earlier
        ? await videoRepository.updateParticipant(tx, earlier.id, { state, presence, leftAt: null, published: false, ...admitted })
        : await videoRepository.insertParticipant(tx, {
            meetingId,
            kind: role.kind,
            staffId: role.staffId,
            residentId: role.residentId,
            actorResidentId: role.actorResidentId,
            guestLinkId: role.guestLink?.id ?? null,
            displayName: role.displayName,
            actorName: role.actorName,
            profession: role.profession,
            state,
            presence,
            enteredAt: now,
            ...admitted,
          });
      await this.recordEntry(tx, principal, role);
      if (state === 'admitted') await this.markStartedIfTogether(tx, role.meeting);
      return row!;
    });
    const local = { connection, meetingId, participantId: participant.id, presence };
    this.delivery.register(local);
    const ice = this.ice.forParticipant(participant.id);
    connection.send({ type: 'video_ice', meetingId, ...ice });
    await this.delivery.changed(meetingId, role.meeting.unitId);
    if (participant.state === 'admitted') await this.delivery.chatHistory(local);
    return participant;
  }

  /** Leaves on purpose (`left`: entering again means waiting again), or lost the connection (`gone`: stays admitted, shown as away). */
  async leave(meetingId: string, participantId: string, connection: LiveConnection, how: 'left' | 'gone'): Promise<void> {
    const local = this.delivery.local(meetingId, participantId);
    if (!local || !this.delivery.unregister(meetingId, participantId, connection)) return;
    await this.relay.closeAll(participantId);
    const change = how === 'left' ? { presence: null, published: false, state: 'left' as const, leftAt: this.clock.now() } : { presence: null, published: false };
    const row = await videoRepository.updateParticipant(this.db, participantId, change, local.presence);
    const meeting = await videoRepository.meeting(this.db, meetingId);
    if (row && meeting) await this.delivery.changed(meetingId, meeting.unitId);
  }

  /** The connection closed: it leaves every meeting it was in, as a network drop does. */
  async connectionGone(connection: LiveConnection): Promise<void> {
    for (const local of this.delivery.localsOf(connection)) await this.leave(local.meetingId, local.participantId, connection, 'gone');
  }

  /** R-VM-4: staff of the meeting admit someone from the waiting room. */
  async admit(principal: StaffInUnit, meetingId: string, participantId: string): Promise<void> {
    const role = await this.access.asMeetingStaff(principal, meetingId);
    await this.db.transaction(async (tx) => {
      const meeting = await videoRepository.lockMeeting(tx, meetingId);
      if (!meeting || meeting.endedAt) throw meetingEnded();
      const participant = await this.participantOf(tx, meetingId, participantId);
      if (participant.state === 'admitted') return;
      if (participant.state !== 'waiting') throw new AppError('validation_failed', 409, 'Only someone in the waiting room can be admitted', 'participantId');
      const admitted = await videoRepository.admittedCount(tx, meetingId);
      if (!mayAdmitAnother(admitted, this.sfu.forwards, this.meshLimit, this.sfu.maxPublishers)) throw new AppError('meeting_full', 409, 'The meeting cannot take more participants');
      await videoRepository.updateParticipant(tx, participantId, { state: 'admitted', admittedAt: this.clock.now(), admittedByStaffId: principal.staffId });
      if (admitted + 1 > 2 && this.sfu.forwards && !meeting.sfuRoom) await this.openSfuRoom(tx, meeting);
      await this.markStartedIfTogether(tx, meeting);
    });
    await this.delivery.changed(meetingId, role.meeting.unitId);
    const local = this.delivery.local(meetingId, participantId);
    if (local) await this.delivery.chatHistory(local);
  }

  /** Staff remove someone (waiting or in the meeting); they cannot come back to it. */
  async remove(principal: StaffInUnit, meetingId: string, participantId: string): Promise<void> {
    const role = await this.access.asMeetingStaff(principal, meetingId);
    const participant = await this.participantOf(this.db, meetingId, participantId);
    if (participant.kind === 'staff') throw new AppError('validation_failed', 409, 'Staff of the meeting cannot be removed from it', 'participantId');
    await videoRepository.updateParticipant(this.db, participantId, { state: 'removed', presence: null, published: false, leftAt: this.clock.now() });
    this.delivery.notice(meetingId, participantId, 'removed');
    await this.relay.closeAll(participantId);
    await this.delivery.changed(meetingId, role.meeting.unitId);
  }

  /** Staff mute someone's microphone; they may switch it on again themselves. */
  async mute(principal: StaffInUnit, meetingId: string, participantId: string): Promise<void> {
    const role = await this.access.asMeetingStaff(principal, meetingId);
    const participant = await this.participantOf(this.db, meetingId, participantId);
    if (participant.state !== 'admitted') throw new AppError('validation_failed', 409, 'Only someone in the meeting can be muted', 'participantId');
    await videoRepository.updateParticipant(this.db, participantId, { audio: false });
    this.delivery.notice(meetingId, participantId, 'muted');
    await this.delivery.changed(meetingId, role.meeting.unitId);
  }

  /** R-VM-1: in a group, staff decide whether residents see each other's names. */
  async setNamesVisible(principal: StaffInUnit, meetingId: string, namesVisible: boolean): Promise<void> {
    const role = await this.access.asMeetingStaff(principal, meetingId);
    await videoRepository.updateMeeting(this.db, meetingId, { namesVisible });
    await this.delivery.changed(meetingId, role.meeting.unitId);
  }

  /** Staff end the meeting for everyone. */
  async end(principal: StaffInUnit, meetingId: string): Promise<void> {
    const role = await this.access.asMeetingStaff(principal, meetingId);
    if (role.meeting.endedAt) return;
    await this.endMeeting(role.meeting);
  }

  /** Ends open meetings long past their booked time that nobody ended. Run by the scheduler. */
  async endAbandoned(): Promise<number> {
    const stale = await videoRepository.openEndedBefore(this.db, new Date(this.clock.now().getTime() - MEETING_CLOSES_AFTER_MS));
    for (const { id } of stale) {
      const meeting = await videoRepository.meeting(this.db, id);
      if (meeting) await this.endMeeting(meeting);
    }
    await videoRepository.deleteSignalsBefore(this.db, new Date(this.clock.now().getTime() - 60_000));
    return stale.length;
  }

  async setMedia(meetingId: string, participantId: string, media: { audio: boolean; video: boolean; screen: boolean }, isStaff: boolean): Promise<void> {
    // R-VM-1: screen sharing is for staff.
    const change = { audio: media.audio, video: media.video, screen: isStaff && media.screen };
    const row = await videoRepository.updateParticipant(this.db, participantId, change);
    const meeting = row && (await videoRepository.meeting(this.db, meetingId));
    if (meeting) await this.delivery.changed(meetingId, meeting.unitId);
  }

  async markPublished(meetingId: string, participantId: string): Promise<void> {
    await videoRepository.updateParticipant(this.db, participantId, { published: true });
    const meeting = await videoRepository.meeting(this.db, meetingId);
    if (meeting) await this.delivery.changed(meetingId, meeting.unitId);
  }

  /** The chat beside the video: stored with the meeting, sent to everyone admitted. */
  async chat(meetingId: string, participantId: string, clientId: string, body: string): Promise<void> {
    const row = await videoRepository.insertChat(this.db, { meetingId, participantId, clientId, body, sentAt: this.clock.now() });
    await this.delivery.chat(row);
  }

  /** The room pin is only ever read here, to talk to the SFU. */
  async sfuRoomOf(meetingId: string): Promise<{ roomId: string; pin: string }> {
    const meeting = await videoRepository.meeting(this.db, meetingId);
    if (!meeting?.sfuRoom || !meeting.sfuPin) throw new AppError('validation_failed', 409, 'This meeting does not go through the media server', 'to');
    return { roomId: meeting.sfuRoom, pin: meeting.sfuPin };
  }

  private async endMeeting(meeting: MeetingRow): Promise<void> {
    const now = this.clock.now();
    const participants = await videoRepository.participants(this.db, [meeting.id]);
    const ended = await this.db.transaction(async (tx) => {
      const row = await videoRepository.endMeeting(tx, meeting.id, now);
      if (!row) return null;
      await videoRepository.leaveAll(tx, meeting.id, now);
      // R-UN-5: the bookings of residents who were let in are completed; no media is kept.
      const seen = new Set(participants.filter((p) => p.residentId && p.admittedAt).map((p) => p.residentId));
      const members = await videoRepository.members(tx, [meeting.id]);
      await this.bookings.completeVideoBookings(tx, members.filter((m) => m.bookingId && seen.has(m.residentId)).map((m) => m.bookingId!));
      return row;
    });
    if (!ended) return;
    for (const p of participants) {
      this.delivery.notice(meeting.id, p.id, 'ended');
      await this.relay.closeAll(p.id);
    }
    if (meeting.sfuRoom && meeting.sfuPin) await this.sfu.closeRoom({ roomId: meeting.sfuRoom, pin: meeting.sfuPin }).catch(() => undefined);
    await this.delivery.changed(meeting.id, meeting.unitId);
  }

  private async openSfuRoom(tx: Db, meeting: MeetingRow): Promise<void> {
    const pin = randomBytes(12).toString('base64url');
    try {
      await this.sfu.openRoom({ roomId: meeting.id, pin, maxPublishers: this.sfu.maxPublishers, description: 'meeting' });
    } catch {
      throw new AppError('sfu_unavailable', 503, 'The media server could not be reached');
    }
    await videoRepository.updateMeeting(tx, meeting.id, { sfuRoom: meeting.id, sfuPin: pin });
  }

  /** The duration counts from when two people were first in the meeting together. */
  private async markStartedIfTogether(tx: Db, meeting: MeetingRow): Promise<void> {
    if (meeting.startedAt) return;
    if ((await videoRepository.admittedCount(tx, meeting.id)) >= 2) await videoRepository.updateMeeting(tx, meeting.id, { startedAt: this.clock.now() });
  }

  private async participantOf(db: Db, meetingId: string, participantId: string): Promise<ParticipantRow> {
    const participant = await videoRepository.participant(db, participantId);
    if (!participant || participant.meetingId !== meetingId) throw new AppError('not_found', 404, 'No such participant in this meeting');
    return participant;
  }

  /** R-IN-2: staff entering read the residents' data the meeting shows; R-PX-5: a proxy's entry names both. */
  private async recordEntry(tx: Db, principal: SignedInPrincipal, role: MeetingRole): Promise<void> {
    if (principal.kind === 'staff' && principal.activeUnitId) {
      const members = await videoRepository.members(tx, [role.meeting.id]);
      for (const m of members) if (m.residentId) await this.audit.recordRead(tx, { ...principal, activeUnitId: principal.activeUnitId }, m.residentId, 'video_meeting', `video:${role.meeting.id}`);
    }
    if (principal.kind === 'resident' && role.actorResidentId && role.residentId) await this.audit.recordProxyAction(tx, role.actorResidentId, role.residentId, 'video_meeting_joined');
  }

}
