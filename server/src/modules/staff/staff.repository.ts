import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { careUnits, staff, staffRoles } from '../../db/schema/index.ts';

// Every request of a staff session reads the roles in the active unit.
const rolesInUnit = preparedQuery((db) =>
  db
    .select({ role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.staffId, sql.placeholder('staffId')), eq(staffRoles.unitId, sql.placeholder('unitId'))))
    .prepare('staff_roles_in_unit'),
);

export const staffRepository = {
  async findByPersonalNumber(db: Db, personalNumber: string) {
    const [row] = await db.select().from(staff).where(eq(staff.personalNumber, personalNumber)).limit(1);
    return row ?? null;
  },

  async findByHsaId(db: Db, hsaId: string) {
    const [row] = await db.select().from(staff).where(eq(staff.hsaId, hsaId)).limit(1);
    return row ?? null;
  },

  async findById(db: Db, id: string) {
    const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
    return row ?? null;
  },

  async rolesInUnit(db: Db, staffId: string, unitId: string) {
    const rows = await rolesInUnit(db).execute({ staffId, unitId });
    return rows.map((r) => r.role);
  },

  async unitsWithRoles(db: Db, staffId: string) {
    return db
      .select({ id: careUnits.id, name: careUnits.name, kind: careUnits.kind, functions: careUnits.functions, role: staffRoles.role })
      .from(staffRoles)
      .innerJoin(careUnits, eq(careUnits.id, staffRoles.unitId))
      .where(eq(staffRoles.staffId, staffId))
      .orderBy(careUnits.name);
  },

  async unitsWithRole(db: Db, staffId: string, role: string): Promise<string[]> {
    const rows = await db.select({ unitId: staffRoles.unitId }).from(staffRoles).where(and(eq(staffRoles.staffId, staffId), eq(staffRoles.role, role)));
    return rows.map((r) => r.unitId);
  },

  async grantRole(db: Db, staffId: string, unitId: string, role: string) {
    await db.insert(staffRoles).values({ staffId, unitId, role }).onConflictDoNothing();
  },

  /** Everyone with a care role at a unit (for choosing who the resident meets). */
  staffOfUnit: (db: Db, unitId: string) =>
    db
      .selectDistinct({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName, profession: staff.profession })
      .from(staffRoles)
      .innerJoin(staff, eq(staff.id, staffRoles.staffId))
      .where(and(eq(staffRoles.unitId, unitId), inArray(staffRoles.role, ['staff', 'unit_manager'])))
      .orderBy(staff.familyName, staff.givenName),
};
