import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { careUnits, guardianships, residents } from '../../db/schema/index.ts';

export type ResidentRow = typeof residents.$inferSelect;

export const residentsRepository = {
  async findByIdentifier(db: Db, identifier: string) {
    const [row] = await db.select().from(residents).where(eq(residents.identifier, identifier)).limit(1);
    return row ?? null;
  },

  async findById(db: Db, id: string) {
    const [row] = await db.select().from(residents).where(eq(residents.id, id)).limit(1);
    return row ?? null;
  },

  async insert(db: Db, row: typeof residents.$inferInsert) {
    const [created] = await db.insert(residents).values(row).returning();
    return created!;
  },

  async unitName(db: Db, unitId: string) {
    const [row] = await db.select({ name: careUnits.name }).from(careUnits).where(eq(careUnits.id, unitId)).limit(1);
    return row?.name ?? null;
  },

  /** Writes the register's facts about a person; what care keeps (listing, mobile number) is left as it is. */
  async upsertFromRegister(db: Db, person: { identifier: string; identifierKind: string; givenName: string; familyName: string; birthDate: string; protectedIdentity: boolean; registeredCounty: string | null }) {
    const [row] = await db
      .insert(residents)
      .values(person)
      .onConflictDoUpdate({
        target: residents.identifier,
        set: { givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate, protectedIdentity: person.protectedIdentity, registeredCounty: person.registeredCounty },
      })
      .returning();
    return row!;
  },

  /** Makes a guardian's links match the register: adds new children, removes those no longer listed. */
  async replaceChildren(db: Db, guardianId: string, childIds: string[]) {
    const stale = childIds.length
      ? and(eq(guardianships.guardianId, guardianId), notInArray(guardianships.childId, childIds))
      : eq(guardianships.guardianId, guardianId);
    await db.delete(guardianships).where(stale);
    for (const childId of childIds) {
      await db.insert(guardianships).values({ guardianId, childId, source: 'population_register' }).onConflictDoNothing();
    }
  },
};
