import type { AdminAppointmentTypesResponse, AppointmentTypeInput } from '../../../../contracts/bookings.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { invalidField, notFound } from '../../platform/errors.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { UnitAdminService } from './unit-admin.service.ts';
import { unitsRepository } from './units.repository.ts';

const toRow = (t: AppointmentTypeInput) => ({
  code: t.code,
  nameSv: t.name.sv,
  nameEn: t.name.en,
  durationMinutes: t.durationMinutes,
  hidden: t.hidden,
  videoAllowed: t.videoAllowed,
  selfBookable: t.selfBookable,
  cancelCutoffHours: t.cancelCutoffHours,
  triage: t.triage,
});

/**
 * A unit's appointment types (R-BK-2 hidden, R-BK-4 self-bookable with triage, R-VM-5 video
 * allowed), kept by the administrators of the unit.
 */
export class AppointmentTypesAdmin {
  constructor(
    private readonly db: Db,
    private readonly admin: UnitAdminService,
  ) {}

  async list(principal: StaffPrincipal, unitId: string): Promise<AdminAppointmentTypesResponse> {
    const unit = await this.admin.administered(principal, unitId);
    const rows = await unitsRepository.appointmentTypesFull(this.db, unit.id);
    return {
      appointmentTypes: rows.map((t) => ({
        id: t.id,
        code: t.code,
        name: { sv: t.nameSv, en: t.nameEn },
        durationMinutes: t.durationMinutes,
        hidden: t.hidden,
        videoAllowed: t.videoAllowed,
        selfBookable: t.selfBookable,
        cancelCutoffHours: t.cancelCutoffHours,
        triage: t.triage,
      })),
    };
  }

  async add(principal: StaffPrincipal, unitId: string, input: AppointmentTypeInput): Promise<{ id: string }> {
    const unit = await this.admin.administered(principal, unitId);
    return this.unique(() => unitsRepository.insertAppointmentType(this.db, { unitId: unit.id, ...toRow(input) }));
  }

  async update(principal: StaffPrincipal, unitId: string, typeId: string, input: AppointmentTypeInput): Promise<void> {
    const unit = await this.admin.administered(principal, unitId);
    const updated = await this.unique(() => unitsRepository.updateAppointmentType(this.db, unit.id, typeId, toRow(input)));
    if (!updated) throw notFound('The appointment type');
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'appointment_types_unit_code_idx')) throw invalidField('code', 'The unit already has an appointment type with this code');
      throw error;
    }
  }
}
