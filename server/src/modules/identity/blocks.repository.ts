import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { residentBlocks } from '../../db/schema/index.ts';

export type ResidentBlockRow = typeof residentBlocks.$inferSelect;

export const blocksRepository = {
  async activeFor(db: Db, residentId: string) {
    const [row] = await db
      .select()
      .from(residentBlocks)
      .where(and(eq(residentBlocks.residentId, residentId), isNull(residentBlocks.liftedAt)))
      .limit(1);
    return row ?? null;
  },

  async insert(db: Db, row: typeof residentBlocks.$inferInsert) {
    await db.insert(residentBlocks).values(row);
  },

  async liftActive(db: Db, residentId: string, by: { staffId: string; unitId: string }, at: Date): Promise<boolean> {
    const rows = await db
      .update(residentBlocks)
      .set({ liftedAt: at, liftedByStaffId: by.staffId, liftedInUnitId: by.unitId })
      .where(and(eq(residentBlocks.residentId, residentId), isNull(residentBlocks.liftedAt)))
      .returning({ id: residentBlocks.id });
    return rows.length > 0;
  },
};
