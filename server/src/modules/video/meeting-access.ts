import type { Profession } from '../../../../contracts/enums.ts';
import type { ParticipantKind } from '../../../../contracts/video.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { hasPermission } from '../../platform/permissions.ts';
import type { SignedInPrincipal } from '../../platform/principal.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import { type GuestLinkRow, type MeetingRow, type ParticipantKey, videoRepository } from './video.repository.ts';
import { guestMayStay } from './video.rules.ts';

/** Who someone is in a meeting they may enter. */
export interface MeetingRole {
  meeting: MeetingRow;
  kind: ParticipantKind;
  /** Staff of the meeting enter without waiting and run it (R-VM-4). */
  isMeetingStaff: boolean;
  key: ParticipantKey;
  displayName: string;
  actorName: string | null;
  profession: Profession | null;
  staffId: string | null;
  residentId: string | null;
  /** R-PX-5: the proxy acting for the resident, when it is not the resident themself. */
  actorResidentId: string | null;
  guestLink: GuestLinkRow | null;
}

export const notInMeeting = () => new AppError('not_in_meeting', 403, 'You are not part of this video meeting');

/**
 * Decides who may enter a meeting, for every way in (HTTP and socket): the meeting's staff; the
 * residents it is for, or their proxies (R-VM-2, R-PX-5); the guest of a link to it that still
 * holds (R-VM-3). Anyone else, including other staff of the unit, is refused.
 */
export class MeetingAccess {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly staffDirectory: StaffDirectory,
  ) {}

  async meeting(meetingId: string, db: Db = this.db): Promise<MeetingRow> {
    const meeting = await videoRepository.meeting(db, meetingId);
    if (!meeting) throw notFound('The video meeting');
    return meeting;
  }

  async roleIn(principal: SignedInPrincipal, meetingId: string): Promise<MeetingRole> {
    const meeting = await this.meeting(meetingId);
    const members = await videoRepository.members(this.db, [meeting.id]);
    const base = { meeting, staffId: null, residentId: null, actorResidentId: null, guestLink: null, actorName: null, profession: null };
    if (principal.kind === 'staff') {
      const isMember = members.some((m) => m.staffId === principal.staffId);
      if (!isMember || principal.activeUnitId !== meeting.unitId || !hasPermission(principal.roles, 'video.meet')) throw notInMeeting();
      const profile = await this.staffDirectory.profile(principal.staffId);
      return { ...base, kind: 'staff', isMeetingStaff: true, key: { staffId: principal.staffId }, displayName: `${profile.givenName} ${profile.familyName}`, profession: profile.profession as Profession, staffId: principal.staffId };
    }
    if (principal.kind === 'resident') {
      if (!members.some((m) => m.residentId === principal.subjectId)) throw notInMeeting();
      const subject = await this.residents.names(principal.subjectId);
      const actor = principal.subjectId === principal.residentId ? null : await this.residents.names(principal.residentId);
      return {
        ...base,
        kind: 'resident',
        isMeetingStaff: false,
        key: { residentId: principal.subjectId },
        displayName: `${subject.givenName} ${subject.familyName}`,
        actorName: actor ? `${actor.givenName} ${actor.familyName}` : null,
        residentId: principal.subjectId,
        actorResidentId: actor ? principal.residentId : null,
      };
    }
    const link = await videoRepository.guestLink(this.db, principal.guestLinkId);
    if (!link || link.meetingId !== meeting.id) throw notInMeeting();
    if (!guestMayStay(link, meeting.endedAt, this.clock.now())) throw new AppError(link.revokedAt ? 'guest_link_revoked' : 'guest_link_expired', 403, 'The guest link no longer admits you');
    return { ...base, kind: 'guest', isMeetingStaff: false, key: { guestLinkId: link.id }, displayName: link.guestName ?? link.label, guestLink: link };
  }

  /** Staff running a meeting: only its own staff may admit, remove, mute or end. */
  async asMeetingStaff(principal: SignedInPrincipal, meetingId: string): Promise<MeetingRole> {
    const role = await this.roleIn(principal, meetingId);
    if (!role.isMeetingStaff) throw notInMeeting();
    return role;
  }
}
