import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { guardianships, residentDiagnoses, residents } from '../../db/schema/index.ts';

export type ResidentRow = typeof residents.$inferSelect;

// Read by every check of what a resident may do at a unit.
const criteriaFactsByIds = preparedQuery((db) =>
  db
    .select({
      id: residents.id,
      birthDate: residents.birthDate,
      county: residents.registeredCounty,
      listingUnitId: residents.listingUnitId,
      diagnosisCodes: sql<string[]>`coalesce((select array_agg(${residentDiagnoses.code}) from ${residentDiagnoses} where ${residentDiagnoses.residentId} = ${residents.id}), '{}')`,
    })
    .from(residents)
    .where(sql`${residents.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('residents_criteria_facts'),
);
const criteriaFactsById = batched(async (db, ids: string[]) => new Map((await criteriaFactsByIds(db).execute({ ids })).map(({ id, ...facts }) => [id, facts])));

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

  async setListing(db: Db, residentId: string, unitId: string | null) {
    await db.update(residents).set({ listingUnitId: unitId }).where(eq(residents.id, residentId));
  },

  /** What the resident-criteria evaluator reads about a person, diagnoses included, in one query. */
  async criteriaFacts(db: Db, residentId: string) {
    return (await criteriaFactsById(db, residentId)) ?? null;
  },

  /** Writes the population register's facts about a person; the listing and mobile number are left as they are. */
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
