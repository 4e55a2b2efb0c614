import type { z } from 'zod';
import type { createGuestLinkRequest, CreatedGuestLink, GuestLink, GuestLinkPreview, GuestMeResponse } from '../../../../contracts/video.ts';
import type { SmsPort } from '../../adapters/sms/sms.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { GuestPrincipal, StaffInUnit } from '../../platform/principal.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import { swedishMobileE164 } from '../bookings/reminder.rules.ts';
import type { IssuedSession, SessionService } from '../identity/session.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { MeetingAccess } from './meeting-access.ts';
import type { VideoDelivery } from './video-delivery.ts';
import { type GuestLinkRow, type MeetingRow, videoRepository } from './video.repository.ts';
import { type GuestLinkStatus, guestLinkStatus, guestLinkWindow } from './video.rules.ts';

/** A verified identity from an e-ID sign-in started for a guest (R-VM-3), taken once. */
export interface GuestIdentitySource {
  takeGuestIdentity(browserSecret: string | undefined): Promise<{ givenName: string; surname: string } | null>;
}

const refusal: Record<Exclude<GuestLinkStatus, 'valid'>, () => AppError> = {
  not_yet_valid: () => new AppError('guest_link_not_yet_valid', 403, 'The link is not valid yet'),
  expired: () => new AppError('guest_link_expired', 403, 'The link is no longer valid'),
  revoked: () => new AppError('guest_link_revoked', 403, 'The link was revoked'),
  used: () => new AppError('guest_link_used', 409, 'The link has already been used'),
};
const invalidLink = () => new AppError('guest_link_invalid', 404, 'There is no such link');
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * R-VM-3: links for extra participants (an interpreter, a relative). A link admits one person to one
 * meeting, only around its time, through the waiting room, until revoked. Only its hash is stored;
 * the address is shown once, or sent by SMS without naming the resident.
 */
export class GuestLinks {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly access: MeetingAccess,
    private readonly delivery: VideoDelivery,
    private readonly sessions: SessionService,
    private readonly units: UnitsDirectory,
    private readonly sms: SmsPort,
    private readonly identities: GuestIdentitySource,
    private readonly publicUrl: string,
  ) {}

  async create(principal: StaffInUnit, meetingId: string, input: z.output<typeof createGuestLinkRequest>): Promise<CreatedGuestLink> {
    const { meeting } = await this.access.asMeetingStaff(principal, meetingId);
    if (meeting.endedAt) throw new AppError('meeting_ended', 409, 'The video meeting has ended');
    const to = input.mobileNumber ? swedishMobileE164(input.mobileNumber) : null;
    if (input.mobileNumber && !to) throw new AppError('validation_failed', 400, 'A Swedish mobile number, e.g. 070-123 45 67', 'mobileNumber');
    const token = randomToken();
    const url = `${this.publicUrl}/video/gast#${token}`;
    const link = await videoRepository.insertGuestLink(this.db, {
      meetingId,
      tokenHash: sha256(token),
      role: input.role,
      label: input.label,
      ...guestLinkWindow(meeting),
      createdAt: this.clock.now(),
      createdByStaffId: principal.staffId,
      sentBySms: false,
    });
    if (to) {
      const unit = await this.units.byId(meeting.unitId);
      await this.sms.send({ to, text: `Du är inbjuden till ett videomöte med ${unit?.name ?? 'vården'} ${time.format(meeting.startsAt)}. Länken gäller för dig och bara för det mötet: ${url}` });
      await videoRepository.updateGuestLinkSent(this.db, link.id);
      link.sentBySms = true;
    }
    return { ...this.view(link, meeting), url };
  }

  async list(principal: StaffInUnit, meetingId: string): Promise<{ links: GuestLink[] }> {
    const { meeting } = await this.access.asMeetingStaff(principal, meetingId);
    return { links: (await videoRepository.guestLinksOf(this.db, meetingId)).map((l) => this.view(l, meeting)) };
  }

  /** Revoking ends the guest's session and takes them out of the meeting at once. */
  async revoke(principal: StaffInUnit, meetingId: string, linkId: string): Promise<void> {
    const { meeting } = await this.access.asMeetingStaff(principal, meetingId);
    const link = await videoRepository.revokeGuestLink(this.db, linkId, meetingId, this.clock.now());
    if (!link) {
      const known = await videoRepository.guestLink(this.db, linkId);
      if (known?.meetingId === meetingId) return;
      throw new AppError('not_found', 404, 'No such link for this meeting');
    }
    const guest = await videoRepository.findParticipant(this.db, meetingId, { guestLinkId: link.id });
    if (guest) {
      await videoRepository.updateParticipant(this.db, guest.id, { state: 'removed', presence: null, published: false, leftAt: this.clock.now() });
      this.delivery.notice(meetingId, guest.id, 'link_revoked');
    }
    await this.sessions.endGuestSessions(this.db, link.id);
    await this.delivery.changed(meetingId, meeting.unitId);
  }

  /** What the guest page shows before anyone identifies: the unit and the time, and whether the link holds. */
  async preview(token: string): Promise<GuestLinkPreview> {
    const { link, meeting } = await this.byToken(token);
    const unit = await this.units.byId(meeting.unitId);
    return {
      status: guestLinkStatus(link, meeting.endedAt, this.clock.now()),
      unitName: unit?.name ?? '',
      startsAt: meeting.startsAt.toISOString(),
      validFrom: link.validFrom.toISOString(),
      validUntil: link.validUntil.toISOString(),
      eidRequired: (await videoRepository.settings(this.db, meeting.unitId)).guestsRequireEid,
    };
  }

  /**
   * R-VM-3: the guest gives a name (or, when the unit requires it, the e-ID gives it) and gets a
   * session for this meeting only. A link is redeemed once: a second browser is refused.
   */
  async redeem(token: string, name: string, signInSecret: string | undefined): Promise<{ meetingId: string; session: IssuedSession }> {
    const { link, meeting } = await this.byToken(token);
    const now = this.clock.now();
    const status = guestLinkStatus(link, meeting.endedAt, now);
    if (status !== 'valid') throw refusal[status]();
    let guestName = name;
    let eidVerified = false;
    if ((await videoRepository.settings(this.db, meeting.unitId)).guestsRequireEid) {
      const identity = await this.identities.takeGuestIdentity(signInSecret);
      if (!identity) throw new AppError('guest_eid_required', 403, 'Identify yourself with BankID first');
      guestName = `${identity.givenName} ${identity.surname}`;
      eidVerified = true;
    }
    const session = await this.db.transaction(async (tx) => {
      const redeemed = await videoRepository.redeemGuestLink(tx, link.id, now, guestName, eidVerified);
      if (!redeemed) throw refusal.used();
      return this.sessions.startForGuest(tx, link.id, link.validUntil);
    });
    return { meetingId: meeting.id, session };
  }

  async me(principal: GuestPrincipal): Promise<GuestMeResponse> {
    const link = await videoRepository.guestLink(this.db, principal.guestLinkId);
    const meeting = link && (await videoRepository.meeting(this.db, link.meetingId));
    if (!link || !meeting) throw invalidLink();
    const unit = await this.units.byId(meeting.unitId);
    return { meetingId: meeting.id, name: link.guestName ?? link.label, unitName: unit?.name ?? '', startsAt: meeting.startsAt.toISOString(), eidVerified: link.eidVerified };
  }

  private async byToken(token: string): Promise<{ link: GuestLinkRow; meeting: MeetingRow }> {
    const link = await videoRepository.guestLinkByTokenHash(this.db, sha256(token));
    const meeting = link && (await videoRepository.meeting(this.db, link.meetingId));
    if (!link || !meeting) throw invalidLink();
    return { link, meeting };
  }

  private view(link: GuestLinkRow, meeting: MeetingRow): GuestLink {
    const status = guestLinkStatus(link, meeting.endedAt, this.clock.now());
    return {
      id: link.id,
      role: link.role,
      label: link.label,
      validFrom: link.validFrom.toISOString(),
      validUntil: link.validUntil.toISOString(),
      status: status === 'revoked' || status === 'used' || status === 'expired' ? status : 'unused',
      sentBySms: link.sentBySms,
      guestName: link.guestName,
    };
  }
}
