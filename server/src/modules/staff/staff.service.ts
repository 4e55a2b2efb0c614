import type { StaffMeResponse } from '../../../../contracts/staff.ts';
import type { Profession, StaffRole, UnitFunction, UnitKind } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import { staffRepository } from './staff.repository.ts';

/** Staff identities (HSA-ID) and their roles per unit (R-UN-4). */
export class StaffDirectory {
  constructor(private readonly db: Db) {}

  async findBySignIn(personalNumber: string) {
    return staffRepository.findByPersonalNumber(this.db, personalNumber);
  }

  async byHsaId(db: Db, hsaId: string) {
    return staffRepository.findByHsaId(db, hsaId);
  }

  async careStaffOf(unitId: string) {
    return staffRepository.staffOfUnit(this.db, unitId);
  }

  async rolesInUnit(staffId: string, unitId: string): Promise<StaffRole[]> {
    return (await staffRepository.rolesInUnit(this.db, staffId, unitId)) as StaffRole[];
  }

  async unitsWithRole(staffId: string, role: StaffRole): Promise<string[]> {
    return staffRepository.unitsWithRole(this.db, staffId, role);
  }

  async grantRole(db: Db, staffId: string, unitId: string, role: StaffRole): Promise<void> {
    await staffRepository.grantRole(db, staffId, unitId, role);
  }

  async units(staffId: string) {
    const rows = await staffRepository.unitsWithRoles(this.db, staffId);
    const byUnit = new Map<string, StaffMeResponse['units'][number]>();
    for (const r of rows) {
      const unit = byUnit.get(r.id) ?? { id: r.id, name: r.name, kind: r.kind as UnitKind, functions: r.functions as UnitFunction[], roles: [] };
      unit.roles.push(r.role as StaffRole);
      byUnit.set(r.id, unit);
    }
    return [...byUnit.values()];
  }

  async me(principal: StaffPrincipal): Promise<StaffMeResponse> {
    const person = await this.profile(principal.staffId);
    return {
      staffId: person.id,
      hsaId: person.hsaId,
      givenName: person.givenName,
      familyName: person.familyName,
      profession: person.profession as Profession,
      activeUnitId: principal.activeUnitId,
      units: await this.units(principal.staffId),
    };
  }

  /** A staff member can only work in a unit where they hold a role. */
  async assertMayWorkIn(staffId: string, unitId: string): Promise<void> {
    if ((await this.rolesInUnit(staffId, unitId)).length === 0) throw forbidden('You have no role in that unit');
  }

  async profile(staffId: string) {
    return this.profileIn(this.db, staffId);
  }

  async profileIn(db: Db, staffId: string) {
    const person = await staffRepository.findById(db, staffId);
    if (!person) throw new AppError('unauthenticated', 401, 'Sign in to continue');
    return person;
  }
}
