import type { ResidentBooking } from '../../../../contracts/resident.ts';
import type { ResidentMeetingResponse } from '../../../../contracts/video.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { BookingsService, VideoBookingRow } from '../bookings/bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { Db } from '../../db/client.ts';
import type { MeetingCreator } from './meeting-creator.ts';
import { type MeetingRow, videoRepository } from './video.repository.ts';
import { WAITING_ROOM_OPENS_BEFORE_MS, waitingRoomVerdict } from './video.rules.ts';

/**
 * The resident's way into a video booking's meeting (R-VM-2, R-VM-4): their own booking, or that of
 * someone they act for as proxy, as the app shows it (R-BK-2/3).
 */
export class ResidentVideo {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly bookings: BookingsService,
    private readonly creator: MeetingCreator,
  ) {}

  async meetingOf(principal: ResidentPrincipal, bookingId: string): Promise<ResidentMeetingResponse> {
    const { booking, meeting, shown } = await this.videoBooking(principal, bookingId);
    const subject = await this.residents.names(principal.subjectId);
    return {
      bookingId,
      unitName: shown.unit.name,
      appointmentType: shown.appointmentType,
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      opensAt: new Date(booking.startsAt.getTime() - WAITING_ROOM_OPENS_BEFORE_MS).toISOString(),
      ended: booking.status !== 'booked' || Boolean(meeting?.endedAt),
      forPerson: `${subject.givenName} ${subject.familyName}`,
    };
  }

  /** Opens the way to the waiting room: the meeting of the booking, made now if staff have not opened it yet. */
  async join(principal: ResidentPrincipal, bookingId: string): Promise<{ meetingId: string }> {
    const { booking, meeting } = await this.videoBooking(principal, bookingId, (b, m) => {
      const verdict = waitingRoomVerdict({ startsAt: b.startsAt, endsAt: b.endsAt, endedAt: m?.endedAt ?? (b.status === 'booked' ? null : b.endsAt) }, this.clock.now());
      if (verdict === 'ended') throw new AppError('meeting_ended', 409, 'The video meeting has ended');
      if (verdict === 'not_yet') throw new AppError('waiting_room_not_open', 409, 'The waiting room opens a while before the meeting');
    });
    return { meetingId: (meeting ?? (await this.creator.ensureForBooking(booking))).id };
  }

  /**
   * The video booking and its meeting, as the person the principal acts for sees it. A booking that
   * is not a video booking, or one `mayUse` refuses (a join outside the waiting room's hours), is
   * refused before the look is recorded for a proxy (R-PX-5): a refusal showed nothing.
   */
  private async videoBooking(
    principal: ResidentPrincipal,
    bookingId: string,
    mayUse: (booking: VideoBookingRow, meeting: MeetingRow | null) => void = () => undefined,
  ): Promise<{ booking: VideoBookingRow; meeting: MeetingRow | null; shown: ResidentBooking }> {
    const [candidate] = await this.bookings.videoBookings([bookingId]);
    const booking = candidate?.residentId === principal.subjectId ? candidate : undefined;
    const meeting = booking ? await videoRepository.meetingOfBooking(this.db, booking.id) : null;
    const shown = await this.residents.bookingOf(principal, bookingId, () => {
      if (!booking) throw notFound('The video booking');
      mayUse(booking, meeting);
    });
    return { booking: booking!, meeting, shown };
  }
}
