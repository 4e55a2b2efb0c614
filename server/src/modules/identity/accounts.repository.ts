import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/index.ts';

export type AccountRow = typeof accounts.$inferSelect;

export const accountsRepository = {
  async findByResidentId(db: Db, residentId: string) {
    const [row] = await db.select().from(accounts).where(eq(accounts.residentId, residentId)).limit(1);
    return row ?? null;
  },

  async findById(db: Db, id: string) {
    const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
    return row ?? null;
  },

  /** Creates the account unless one already exists (a replayed acceptance creates nothing new). */
  async insertIfAbsent(db: Db, row: typeof accounts.$inferInsert) {
    const [created] = await db.insert(accounts).values(row).onConflictDoNothing({ target: accounts.residentId }).returning();
    return created ?? null;
  },

  async delete(db: Db, id: string) {
    await db.delete(accounts).where(eq(accounts.id, id));
  },
};
