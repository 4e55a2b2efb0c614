import type { AuditAction, Profession, StaffRole } from '../../../../contracts/enums.ts';
import type { AccessLogResponse } from '../../../../contracts/resident.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { StaffInUnit } from '../../platform/principal.ts';
import { auditRepository } from './audit.repository.ts';

/** The role a read is logged under: the most responsible one the reader holds in the unit. */
const rolePrecedence: StaffRole[] = ['unit_manager', 'staff', 'system_admin', 'region_admin'];

export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * R-IN-2: records a staff read of a resident's data. Call it with the transaction that reads,
   * so a read that is not logged cannot happen.
   */
  async recordRead(tx: Db, reader: StaffInUnit, residentId: string, action: AuditAction, requestId: string): Promise<void> {
    const role = rolePrecedence.find((r) => reader.roles.includes(r)) ?? 'staff';
    await auditRepository.insert(tx, {
      at: this.clock.now(),
      staffId: reader.staffId,
      unitId: reader.activeUnitId,
      role,
      residentId,
      action,
      requestId,
    });
  }

  async accessLogFor(residentId: string): Promise<AccessLogResponse> {
    const rows = await auditRepository.listForResident(this.db, residentId, 500);
    return {
      entries: rows.map((r) => ({
        at: r.at.toISOString(),
        staffName: `${r.staffGivenName} ${r.staffFamilyName}`,
        profession: r.profession as Profession,
        role: r.role as StaffRole,
        unitName: r.unitName,
        action: r.action as AuditAction,
      })),
    };
  }

  /** R-PX-5: what a proxy did for someone, kept with both the actor and the person acted for. */
  async recordProxyAction(db: Db, actorId: string, subjectId: string, action: string): Promise<void> {
    if (actorId === subjectId) return;
    await auditRepository.insertResidentActivity(db, { at: this.clock.now(), actorId, subjectId, action });
  }

  async proxyActionsFor(db: Db, subjectId: string) {
    const rows = await auditRepository.residentActivityFor(db, subjectId, 50);
    return rows.map((a) => ({ at: a.at.toISOString(), actorName: `${a.givenName} ${a.familyName}`, action: a.action }));
  }
}
