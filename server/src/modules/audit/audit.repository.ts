import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents, careUnits, staff } from '../../db/schema/index.ts';

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
};
