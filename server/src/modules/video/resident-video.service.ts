import type { ResidentBooking } from '../../../../contracts/resident.ts';
import type { ResidentMeetingResponse } from '../../../../contracts/video.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { BookingsService, VideoBookingRow } from '../bookings/bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { Db } from '../../db/client.ts';
import type { MeetingCreator } from './meeting-creator.ts';
import { videoRepository } from './video.repository.ts';
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
    const { booking, shown } = await this.videoBooking(principal, bookingId);
    const meeting = await videoRepository.meetingOfBooking(this.db, booking.id);
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
    const { booking } = await this.videoBooking(principal, bookingId);
    const meeting = await videoRepository.meetingOfBooking(this.db, booking.id);
    const verdict = waitingRoomVerdict({ startsAt: booking.startsAt, endsAt: booking.endsAt, endedAt: meeting?.endedAt ?? (booking.status === 'booked' ? null : booking.endsAt) }, this.clock.now());
    if (verdict === 'ended') throw new AppError('meeting_ended', 409, 'The video meeting has ended');
    if (verdict === 'not_yet') throw new AppError('waiting_room_not_open', 409, 'The waiting room opens a while before the meeting');
    return { meetingId: (meeting ?? (await this.creator.ensureForBooking(booking))).id };
  }

  /** A booking that is not a video booking is refused before the look is recorded for a proxy (R-PX-5). */
  private async videoBooking(principal: ResidentPrincipal, bookingId: string): Promise<{ booking: VideoBookingRow; shown: ResidentBooking }> {
    const [booking] = await this.bookings.videoBookings([bookingId]);
    const isVideoBooking = () => {
      if (!booking || booking.residentId !== principal.subjectId) throw notFound('The video booking');
    };
    const shown = await this.residents.bookingOf(principal, bookingId, isVideoBooking);
    return { booking: booking!, shown };
  }
}
