import type { Db } from '../../db/client.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { type AppointmentTypeRow, slotsRepository } from './slots.repository.ts';

export interface EhrBooking {
  ehrId: string;
  residentId: string;
  unitId: string;
  appointmentTypeId: string;
  startsAt: Date;
  endsAt: Date;
  mode: string;
  status: string;
  practitionerId: string | null;
  preparation: string | null;
}

/** R-IN-1: bookings as the EHR keeps them: written by its id, so the same appointment twice changes nothing. */
export class EhrBookings {
  async appointmentType(db: Db, unitId: string, code: string): Promise<AppointmentTypeRow | null> {
    return slotsRepository.typeByCode(db, unitId, code);
  }

  async upsert(db: Db, booking: EhrBooking): Promise<'created' | 'updated' | 'unchanged'> {
    const row = {
      residentId: booking.residentId,
      unitId: booking.unitId,
      appointmentTypeId: booking.appointmentTypeId,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      mode: booking.mode,
      status: booking.status,
      practitionerId: booking.practitionerId,
      preparationSv: booking.preparation,
      preparationEn: null,
    };
    const existing = await bookingsRepository.findByEhrId(db, booking.ehrId);
    if (!existing) {
      await bookingsRepository.insert(db, { ...row, ehrId: booking.ehrId, source: 'ehr' });
      return 'created';
    }
    const same = (Object.keys(row) as (keyof typeof row)[]).every((k) => {
      const a = existing[k];
      const b = row[k];
      return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    });
    if (same) return 'unchanged';
    await bookingsRepository.update(db, existing.id, row);
    return 'updated';
  }
}
