import type { z } from 'zod';
import type { createMeetingRequest } from '../../../../contracts/video.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { StaffInUnit } from '../../platform/principal.ts';
import type { VideoBookingRow } from '../bookings/bookings.service.ts';
import { type MeetingRow, videoRepository } from './video.repository.ts';

const inAnotherMeeting = () => new AppError('validation_failed', 409, 'A booking is already part of another meeting', 'bookingIds');

/**
 * Makes meetings. Each video booking has at most one meeting: made when staff start it or when the
 * resident first enters the waiting room, whichever comes first (a unique index settles a race).
 */
export class MeetingCreator {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The 1:1 meeting of a video booking, made now if there is none yet; its staff is the booking's practitioner. */
  async ensureForBooking(booking: VideoBookingRow, startingStaffId: string | null = null): Promise<MeetingRow> {
    const existing = await videoRepository.meetingOfBooking(this.db, booking.id);
    if (existing) {
      if (startingStaffId && !existing.endedAt) await videoRepository.insertMembers(this.db, [{ meetingId: existing.id, staffId: startingStaffId }]);
      return existing;
    }
    try {
      return await this.db.transaction(async (tx) => {
        const meeting = await videoRepository.insertMeeting(tx, { unitId: booking.unitId, kind: 'one_to_one', startsAt: booking.startsAt, endsAt: booking.endsAt, createdAt: this.clock.now(), createdByStaffId: startingStaffId });
        const staffIds = [...new Set([booking.practitionerId, startingStaffId].filter((id): id is string => Boolean(id)))];
        await videoRepository.insertMembers(tx, [{ meetingId: meeting.id, bookingId: booking.id, residentId: booking.residentId }, ...staffIds.map((staffId) => ({ meetingId: meeting.id, staffId }))], true);
        return meeting;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return (await videoRepository.meetingOfBooking(this.db, booking.id))!;
    }
  }

  /**
   * A meeting of the kind asked for. A 1:1 or team visit whose booking has a meeting already reuses
   * it (staff join it, the kind becomes the one asked for); a group takes only bookings in no meeting.
   */
  async create(principal: StaffInUnit, input: z.output<typeof createMeetingRequest>, bookings: VideoBookingRow[], colleagues: string[]): Promise<string> {
    const staffIds = [principal.staffId, ...colleagues];
    if ((input.kind === 'one_to_one' || input.kind === 'team') && bookings[0]) {
      const meeting = await this.ensureForBooking(bookings[0], principal.staffId);
      if (meeting.endedAt) throw new AppError('meeting_ended', 409, 'The meeting of this booking has ended');
      await videoRepository.updateMeeting(this.db, meeting.id, { kind: input.kind });
      await videoRepository.insertMembers(this.db, staffIds.map((staffId) => ({ meetingId: meeting.id, staffId })));
      return meeting.id;
    }
    const startsAt = bookings.length ? new Date(Math.min(...bookings.map((b) => b.startsAt.getTime()))) : new Date(input.startsAt!);
    const endsAt = bookings.length ? new Date(Math.max(...bookings.map((b) => b.endsAt.getTime()))) : new Date(startsAt.getTime() + (input.durationMinutes ?? 30) * 60_000);
    try {
      return await this.db.transaction(async (tx) => {
        const meeting = await videoRepository.insertMeeting(tx, {
          unitId: principal.activeUnitId,
          kind: input.kind,
          title: input.title,
          startsAt,
          endsAt,
          namesVisible: input.namesVisible,
          createdAt: this.clock.now(),
          createdByStaffId: principal.staffId,
        });
        await videoRepository.insertMembers(tx, [
          ...bookings.map((b) => ({ meetingId: meeting.id, bookingId: b.id, residentId: b.residentId })),
          ...staffIds.map((staffId) => ({ meetingId: meeting.id, staffId })),
        ], true);
        return meeting.id;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw inAnotherMeeting();
      throw err;
    }
  }
}
