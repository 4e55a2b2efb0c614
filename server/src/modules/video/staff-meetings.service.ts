import type { Profession } from '../../../../contracts/enums.ts';
import type { createMeetingRequest, StaffMeetingItem, StaffMeetingsResponse } from '../../../../contracts/video.ts';
import type { z } from 'zod';
import type { SfuPort } from '../../adapters/sfu/sfu.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { invalidField } from '../../platform/errors.ts';
import { fromSwedishLocal, swedishDate } from '../../platform/local-date.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { BookingsService, VideoBookingRow } from '../bookings/bookings.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { MeetingCreator } from './meeting-creator.ts';
import type { VideoDelivery } from './video-delivery.ts';
import { type MeetingRow, videoRepository } from './video.repository.ts';
import { createProblem, durationMinutes, meetingStatus } from './video.rules.ts';

const DAY = 86_400_000;

/** The staff portal's side of video meetings: the day's meetings with who waits (R-VM-4), and making meetings (R-VM-1, R-BK-5). */
export class StaffMeetings {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly bookings: BookingsService,
    private readonly staffDirectory: StaffDirectory,
    private readonly creator: MeetingCreator,
    private readonly delivery: VideoDelivery,
    private readonly sfu: SfuPort,
    private readonly meshLimit: number,
  ) {}

  async day(principal: StaffPrincipal, date: string | undefined): Promise<StaffMeetingsResponse> {
    assertStaffMay(principal, 'video.meet');
    const day = date ?? swedishDate(this.clock.now());
    const from = fromSwedishLocal(day, '00:00');
    const to = fromSwedishLocal(swedishDate(new Date(from.getTime() + DAY + 3_600_000)), '00:00');
    const [bookings, meetings] = await Promise.all([this.bookings.videoBookingsAt(principal.activeUnitId, from, to), videoRepository.meetingsAt(this.db, principal.activeUnitId, from, to)]);
    const ids = meetings.map((m) => m.id);
    const [members, participants] = await Promise.all([videoRepository.members(this.db, ids), videoRepository.participants(this.db, ids)]);
    const bookingById = new Map(bookings.map((b) => [b.id, b]));
    const memberBookings = members.filter((m) => m.bookingId && !bookingById.has(m.bookingId)).map((m) => m.bookingId!);
    for (const b of await this.bookings.videoBookings(memberBookings)) bookingById.set(b.id, b);
    const staffNames = await this.staffNames(members.flatMap((m) => (m.staffId ? [m.staffId] : [])));
    const inMeeting = new Set(members.flatMap((m) => (m.bookingId ? [m.bookingId] : [])));

    const items: StaffMeetingItem[] = meetings.map((meeting) => {
      const own = members.filter((m) => m.meetingId === meeting.id);
      const rows = participants.filter((p) => p.meetingId === meeting.id);
      const ownBookings = own.flatMap((m) => (m.bookingId && bookingById.get(m.bookingId) ? [bookingById.get(m.bookingId)!] : []));
      return {
        ...this.itemBase(meeting, ownBookings),
        staff: own.flatMap((m) => (m.staffId && staffNames.get(m.staffId) ? [{ staffId: m.staffId, ...staffNames.get(m.staffId)! }] : [])),
        mine: own.some((m) => m.staffId === principal.staffId),
        waiting: rows.filter((p) => p.state === 'waiting').map((p) => ({ participantId: p.id, name: p.displayName, kind: p.kind, actingFor: p.actorName, since: p.enteredAt.toISOString() })),
        admittedCount: rows.filter((p) => p.state === 'admitted').length,
      };
    });
    for (const booking of bookings.filter((b) => !inMeeting.has(b.id))) {
      const practitioner = booking.practitionerId ? (await this.staffNames([booking.practitionerId])).get(booking.practitionerId) : undefined;
      items.push({
        meetingId: null,
        bookingId: booking.id,
        kind: 'one_to_one',
        title: null,
        appointmentType: { sv: booking.typeNameSv, en: booking.typeNameEn },
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        status: 'not_started',
        residents: [residentOf(booking)],
        staff: practitioner && booking.practitionerId ? [{ staffId: booking.practitionerId, ...practitioner }] : [],
        mine: booking.practitionerId === principal.staffId,
        waiting: [],
        admittedCount: 0,
        durationMinutes: null,
      });
    }
    items.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return { date: day, meetings: items, sfu: this.sfu.forwards, meshLimit: this.meshLimit };
  }

  /** R-VM-1, R-BK-5: a meeting of one of the kinds, from the unit's video bookings; the creator is its staff. */
  async create(principal: StaffPrincipal, input: z.output<typeof createMeetingRequest>): Promise<{ meetingId: string }> {
    assertStaffMay(principal, 'video.meet');
    const colleagues = [...new Set(input.staffIds.filter((id) => id !== principal.staffId))];
    const problem = createProblem(input.kind, input.bookingIds.length, colleagues.length, Boolean(input.title), Boolean(input.startsAt));
    if (problem) throw invalidField(problem.field, problem.message);
    const careStaff = new Set((await this.staffDirectory.careStaffOf(principal.activeUnitId)).map((s) => s.id));
    if (colleagues.some((id) => !careStaff.has(id))) throw invalidField('staffIds', 'Choose colleagues who work at your unit');
    const bookings = await this.bookings.videoBookings(input.bookingIds);
    if (bookings.length !== new Set(input.bookingIds).size || bookings.some((b) => b.unitId !== principal.activeUnitId || b.status !== 'booked')) {
      throw invalidField('bookingIds', 'Choose booked video meetings of your unit');
    }
    const meetingId = await this.creator.create(principal, input, bookings, colleagues);
    const meeting = await videoRepository.meeting(this.db, meetingId);
    if (meeting) await this.delivery.changed(meeting.id, meeting.unitId);
    return { meetingId };
  }

  private itemBase(meeting: MeetingRow, bookings: VideoBookingRow[]) {
    const type = bookings[0];
    return {
      meetingId: meeting.id,
      bookingId: bookings.length === 1 ? bookings[0]!.id : null,
      kind: meeting.kind,
      title: meeting.title,
      appointmentType: type ? { sv: type.typeNameSv, en: type.typeNameEn } : null,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      status: meetingStatus(meeting),
      residents: bookings.map(residentOf),
      durationMinutes: durationMinutes(meeting),
    };
  }

  private async staffNames(ids: string[]): Promise<Map<string, { name: string; profession: Profession }>> {
    const names = new Map<string, { name: string; profession: Profession }>();
    for (const id of new Set(ids)) {
      const p = await this.staffDirectory.profile(id);
      names.set(id, { name: `${p.givenName} ${p.familyName}`, profession: p.profession as Profession });
    }
    return names;
  }
}

const residentOf = (b: VideoBookingRow) => ({ residentId: b.residentId, name: `${b.residentGivenName} ${b.residentFamilyName}` });
