import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { careUnits, residents } from '../../db/schema/index.ts';

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
};
