import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guardianBlocks, guardianships, proxyGrants, residents } from '../../db/schema/index.ts';

export type ProxyGrantRow = typeof proxyGrants.$inferSelect;
export type GuardianBlockRow = typeof guardianBlocks.$inferSelect;

export const proxiesRepository = {
  /** Children a guardian is registered for in the population register. */
  async childrenOf(db: Db, guardianId: string) {
    return db.select({ childId: guardianships.childId }).from(guardianships).where(eq(guardianships.guardianId, guardianId));
  },

  async guardiansOf(db: Db, childId: string) {
    return db.select({ guardianId: guardianships.guardianId }).from(guardianships).where(eq(guardianships.childId, childId));
  },

  async isGuardian(db: Db, guardianId: string, childId: string): Promise<boolean> {
    const rows = await db
      .select({ id: guardianships.id })
      .from(guardianships)
      .where(and(eq(guardianships.guardianId, guardianId), eq(guardianships.childId, childId)))
      .limit(1);
    return rows.length > 0;
  },

  async grantsWhereProxy(db: Db, proxyId: string) {
    return db.select().from(proxyGrants).where(eq(proxyGrants.proxyId, proxyId));
  },

  async grantsForSubject(db: Db, subjectId: string) {
    return db.select().from(proxyGrants).where(eq(proxyGrants.subjectId, subjectId)).orderBy(desc(proxyGrants.decidedAt));
  },

  async grantsBetween(db: Db, proxyId: string, subjectId: string) {
    return db.select().from(proxyGrants).where(and(eq(proxyGrants.proxyId, proxyId), eq(proxyGrants.subjectId, subjectId)));
  },

  async grantById(db: Db, id: string) {
    const [row] = await db.select().from(proxyGrants).where(eq(proxyGrants.id, id)).limit(1);
    return row ?? null;
  },

  async insertGrant(db: Db, row: typeof proxyGrants.$inferInsert) {
    const [created] = await db.insert(proxyGrants).values(row).returning({ id: proxyGrants.id });
    return created!.id;
  },

  async endGrant(db: Db, id: string, by: string, reason: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(proxyGrants)
      .set({ endedAt: at, endedByStaffId: by, endReason: reason })
      .where(and(eq(proxyGrants.id, id), isNull(proxyGrants.endedAt)))
      .returning({ id: proxyGrants.id });
    return rows.length > 0;
  },

  async activeGuardianBlock(db: Db, guardianId: string, childId: string) {
    const [row] = await db
      .select()
      .from(guardianBlocks)
      .where(and(eq(guardianBlocks.guardianId, guardianId), eq(guardianBlocks.childId, childId), isNull(guardianBlocks.liftedAt)))
      .limit(1);
    return row ?? null;
  },

  async guardianBlocksForChild(db: Db, childId: string) {
    return db.select().from(guardianBlocks).where(eq(guardianBlocks.childId, childId)).orderBy(desc(guardianBlocks.decidedAt));
  },

  async guardianBlockById(db: Db, id: string) {
    const [row] = await db.select().from(guardianBlocks).where(eq(guardianBlocks.id, id)).limit(1);
    return row ?? null;
  },

  async insertGuardianBlock(db: Db, row: typeof guardianBlocks.$inferInsert) {
    const [created] = await db.insert(guardianBlocks).values(row).returning({ id: guardianBlocks.id });
    return created!.id;
  },

  async liftGuardianBlock(db: Db, id: string, by: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(guardianBlocks)
      .set({ liftedAt: at, liftedByStaffId: by })
      .where(and(eq(guardianBlocks.id, id), isNull(guardianBlocks.liftedAt)))
      .returning({ id: guardianBlocks.id });
    return rows.length > 0;
  },

  async person(db: Db, id: string) {
    const [row] = await db
      .select({ id: residents.id, identifier: residents.identifier, givenName: residents.givenName, familyName: residents.familyName, birthDate: residents.birthDate, protectedIdentity: residents.protectedIdentity })
      .from(residents)
      .where(eq(residents.id, id))
      .limit(1);
    return row ?? null;
  },

};
