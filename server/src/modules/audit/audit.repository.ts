import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents, careUnits, residentActivity, residents, staff } from '../../db/schema/index.ts';

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export const auditRepository = {
  async insert(db: Db, event: NewAuditEvent) {
    await db.insert(auditEvents).values(event);
  },

  async listForResident(db: Db, residentId: string, limit: number) {
    return db
      .select({
        at: auditEvents.at,
        action: auditEvents.action,
        role: auditEvents.role,
        staffGivenName: staff.givenName,
        staffFamilyName: staff.familyName,
        profession: staff.profession,
        unitName: careUnits.name,
      })
      .from(auditEvents)
      .innerJoin(staff, eq(staff.id, auditEvents.staffId))
      .innerJoin(careUnits, eq(careUnits.id, auditEvents.unitId))
      .where(eq(auditEvents.residentId, residentId))
      .orderBy(desc(auditEvents.at))
      .limit(limit);
  },

  async insertResidentActivity(db: Db, row: typeof residentActivity.$inferInsert) {
    await db.insert(residentActivity).values(row);
  },

  async residentActivityFor(db: Db, subjectId: string, limit: number) {
    return db
      .select({ at: residentActivity.at, action: residentActivity.action, givenName: residents.givenName, familyName: residents.familyName })
      .from(residentActivity)
      .innerJoin(residents, eq(residents.id, residentActivity.actorId))
      .where(eq(residentActivity.subjectId, subjectId))
      .orderBy(desc(residentActivity.at))
      .limit(limit);
  },
};
