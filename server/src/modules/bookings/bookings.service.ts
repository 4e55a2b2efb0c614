import type { Profession } from '../../../../contracts/enums.ts';
import type { MyBookingsResponse, ResidentBooking } from '../../../../contracts/resident.ts';
import type { ResidentOverviewResponse } from '../../../../contracts/staff.ts';
import type { BookingMode, BookingStatus } from '../../../../contracts/enums.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';
import { bookings } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { type BookingRow, bookingsRepository } from './bookings.repository.ts';
import { changeableUntil, isUpcoming, isVisibleToResident } from './bookings.rules.ts';

function mapUrl(row: BookingRow): string {
  const query = `${row.unitStreetAddress}, ${row.unitPostalCode} ${row.unitCity}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

function toResidentBooking(row: BookingRow): ResidentBooking {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    mode: row.mode as BookingMode,
    status: row.status as BookingStatus,
    appointmentType: { sv: row.typeNameSv, en: row.typeNameEn },
    unit: {
      id: row.unitId,
      name: row.unitName,
      streetAddress: row.unitStreetAddress,
      postalCode: row.unitPostalCode,
      city: row.unitCity,
      phone: row.unitPhone,
      mapUrl: mapUrl(row),
    },
    practitioner: row.practitionerGivenName
      ? { name: `${row.practitionerGivenName} ${row.practitionerFamilyName}`, profession: row.practitionerProfession as Profession }
      : null,
    preparation: row.preparationSv ? { sv: row.preparationSv, en: row.preparationEn ?? row.preparationSv } : null,
    selfBooked: row.source === 'self',
    changeableUntil: changeableUntil(row, row)?.toISOString() ?? null,
  };
}

export type VideoBookingRow = Awaited<ReturnType<typeof bookingsRepository.videoBookings>>[number];

export class BookingsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The resident's own bookings, minus what R-BK-2/3 keep out of the app. */
  async forResident(subject: { id: string; protectedIdentity: boolean }): Promise<MyBookingsResponse> {
    const now = this.clock.now();
    const rows = (await bookingsRepository.listForResident(this.db, subject.id)).filter((b) => isVisibleToResident(b, subject));
    return {
      upcoming: rows.filter((b) => isUpcoming(b, now)).map(toResidentBooking),
      past: rows.filter((b) => !isUpcoming(b, now)).reverse().map(toResidentBooking),
    };
  }

  /** Bookings at one unit, for its staff (hidden types included and marked). Runs inside the audited read. */
  async atUnitForStaff(tx: Db, residentId: string, unitId: string): Promise<ResidentOverviewResponse['bookings']> {
    const rows = await bookingsRepository.listForResidentAtUnit(tx, residentId, unitId);
    return rows.map((b) => ({
      id: b.id,
      startsAt: b.startsAt.toISOString(),
      mode: b.mode as BookingMode,
      status: b.status as BookingStatus,
      appointmentType: { sv: b.typeNameSv, en: b.typeNameEn },
      hiddenType: b.hiddenType,
      practitionerName: b.practitionerGivenName ? `${b.practitionerGivenName} ${b.practitionerFamilyName}` : null,
    }));
  }

  /** R-DC-1, R-BK-2: the resident's booked, coming visits at a unit, hidden types included and marked, for e-invitations. */
  async comingAtUnit(tx: Db, residentId: string, unitId: string) {
    const now = this.clock.now();
    return (await bookingsRepository.listForResidentAtUnit(tx, residentId, unitId)).filter((b) => b.status === 'booked' && b.startsAt >= now);
  }

  async hasBookingAtUnitSince(tx: Db, residentId: string, unitId: string, since: Date): Promise<boolean> {
    return bookingsRepository.hasBookingAtUnitSince(tx, residentId, unitId, since);
  }

  /** R-BK-7: whether a booking is the resident's own, at that unit, still to come. */
  async isComingAt(bookingId: string, residentId: string, unitId: string): Promise<boolean> {
    return bookingsRepository.comingBookingAt(this.db, bookingId, residentId, unitId, this.clock.now());
  }

  async visitsOf(residentId: string): Promise<{ unitId: string; startsAt: Date }[]> {
    return bookingsRepository.visitsOf(this.db, residentId);
  }

  /** R-VM-1: video bookings (not cancelled) by id, with the resident's name and the appointment type. */
  async videoBookings(ids: string[], db: Db = this.db): Promise<VideoBookingRow[]> {
    return bookingsRepository.videoBookings(db, { ids });
  }

  /** R-VM-1: a unit's video bookings starting in a time range. */
  async videoBookingsAt(unitId: string, from: Date, to: Date): Promise<VideoBookingRow[]> {
    return bookingsRepository.videoBookings(this.db, { unitId, from, to });
  }

  /** R-UN-5: a video meeting that took place completes the bookings of the residents who were in it. */
  async completeVideoBookings(db: Db, ids: string[]): Promise<void> {
    await bookingsRepository.markCompleted(db, ids);
  }

  /** R-UN-5: completed video meetings at the units given, by month. */
  async completedVideoByMonth(unitIds: string[], months: MonthRange): Promise<MonthCounts> {
    return countByMonth(this.db, bookings, bookings.startsAt, months, and(eq(bookings.mode, 'video'), eq(bookings.status, 'completed'), inArray(bookings.unitId, unitIds)));
  }
}
