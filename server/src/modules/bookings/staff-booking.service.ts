import type { BookingMode, Profession } from '../../../../contracts/enums.ts';
import type { BookingOptionsResponse, PublishSlotsRequest, StaffBookRequest } from '../../../../contracts/bookings.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { fromSwedishLocal } from '../../platform/local-date.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { type AppointmentTypeRow, slotsRepository } from './slots.repository.ts';

const MAX_SLOTS_AT_ONCE = 5000;
const DAY = 86_400_000;

/** R-BK-5 and R-BK-4: staff book for residents at their unit and publish times for self-booking. */
export class StaffBookingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly staffDirectory: StaffDirectory,
  ) {}

  async options(principal: StaffPrincipal): Promise<BookingOptionsResponse> {
    assertStaffMay(principal, 'booking.manage');
    const [types, practitioners] = await Promise.all([slotsRepository.typesAt(this.db, principal.activeUnitId), this.staffDirectory.careStaffOf(principal.activeUnitId)]);
    return {
      appointmentTypes: types.map((t) => ({ id: t.id, name: { sv: t.nameSv, en: t.nameEn }, durationMinutes: t.durationMinutes, hidden: t.hidden, videoAllowed: t.videoAllowed, selfBookable: t.selfBookable })),
      practitioners: practitioners.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, profession: p.profession as Profession })),
    };
  }

  /** A visit, phone call or video meeting for a resident with a care relation to the unit. */
  async book(principal: StaffPrincipal, residentId: string, input: StaffBookRequest): Promise<{ bookingId: string }> {
    assertStaffMay(principal, 'booking.manage');
    const startsAt = new Date(input.startsAt);
    if (startsAt <= this.clock.now()) throw invalidField('startsAt', 'Choose a time in the future');
    if (input.practitionerId && !(await this.staffDirectory.careStaffOf(principal.activeUnitId)).some((p) => p.id === input.practitionerId)) {
      throw invalidField('practitionerId', 'Choose someone who works at your unit');
    }
    return this.db.transaction(async (tx) => {
      const resident = await this.residents.assertCareRelation(tx, principal, residentId);
      const type = await typeOfUnit(tx, principal, input.appointmentTypeId);
      // R-VM-5: the unit decides per appointment type whether video is offered.
      if (input.mode === 'video' && !type.videoAllowed) throw new AppError('video_not_offered', 409, `${type.nameSv} is not offered as a video meeting`, 'mode');
      const created = await bookingsRepository.insert(tx, {
        residentId: resident.id,
        unitId: principal.activeUnitId,
        appointmentTypeId: type.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + type.durationMinutes * 60_000),
        mode: input.mode satisfies BookingMode,
        status: 'booked',
        source: 'staff',
        practitionerId: input.practitionerId,
        preparationSv: input.preparation,
      });
      return { bookingId: created.id };
    });
  }

  /** Publishes self-booking times for a self-bookable type of the unit, on Swedish wall-clock times. */
  async publishSlots(principal: StaffPrincipal, input: PublishSlotsRequest): Promise<{ published: number }> {
    assertStaffMay(principal, 'booking.manage');
    const type = await typeOfUnit(this.db, principal, input.appointmentTypeId);
    if (!type.selfBookable) throw invalidField('appointmentTypeId', 'Residents may not book this type themselves; change that first');
    const starts = slotStarts(input);
    if (starts.length > MAX_SLOTS_AT_ONCE) throw new AppError('too_many_slots', 400, `At most ${MAX_SLOTS_AT_ONCE} times at once`, 'intervalMinutes');
    const now = this.clock.now();
    const future = starts.filter((s) => s > now);
    await slotsRepository.insertSlots(
      this.db,
      future.map((startsAt) => slotRow(principal, type.id, startsAt, type.durationMinutes, input.capacity, now)),
    );
    return { published: future.length };
  }
}

async function typeOfUnit(db: Db, principal: StaffInUnit, typeId: string): Promise<AppointmentTypeRow> {
  const type = await slotsRepository.typeById(db, typeId);
  if (!type || type.unitId !== principal.activeUnitId) throw invalidField('appointmentTypeId', 'Choose an appointment type of your unit');
  return type;
}

function slotRow(principal: StaffInUnit, appointmentTypeId: string, startsAt: Date, minutes: number, capacity: number, now: Date) {
  return { unitId: principal.activeUnitId, appointmentTypeId, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), capacity, publishedAt: now };
}

/** Every start time the request asks for, day by day in Swedish time. */
export function slotStarts(input: Pick<PublishSlotsRequest, 'fromDate' | 'toDate' | 'firstStart' | 'lastStart' | 'intervalMinutes' | 'weekdaysOnly'>): Date[] {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const starts: Date[] = [];
  for (let day = Date.parse(`${input.fromDate}T12:00:00Z`); day <= Date.parse(`${input.toDate}T12:00:00Z`); day += DAY) {
    const date = new Date(day);
    if (input.weekdaysOnly && (date.getUTCDay() === 0 || date.getUTCDay() === 6)) continue;
    for (let m = minutes(input.firstStart); m <= minutes(input.lastStart); m += input.intervalMinutes) {
      starts.push(fromSwedishLocal(date.toISOString().slice(0, 10), `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`));
    }
    if (starts.length > MAX_SLOTS_AT_ONCE) break;
  }
  return starts;
}
