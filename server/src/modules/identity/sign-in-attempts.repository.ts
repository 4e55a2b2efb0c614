import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { signInAttempts } from '../../db/schema/index.ts';

export type SignInAttemptRow = typeof signInAttempts.$inferSelect;

export const signInAttemptsRepository = {
  async insert(db: Db, row: typeof signInAttempts.$inferInsert) {
    await db.insert(signInAttempts).values(row);
  },

  async findByBrowserSecretHash(db: Db, hash: string) {
    const [row] = await db.select().from(signInAttempts).where(eq(signInAttempts.browserSecretHash, hash)).limit(1);
    return row ?? null;
  },

  async update(db: Db, id: string, changes: Partial<Pick<SignInAttemptRow, 'status' | 'identity'>>) {
    await db.update(signInAttempts).set(changes).where(eq(signInAttempts.id, id));
  },

  /** Deletes and reports whether this caller was the one to delete it, so a replayed completion issues nothing. */
  async delete(db: Db, id: string): Promise<boolean> {
    const rows = await db.delete(signInAttempts).where(eq(signInAttempts.id, id)).returning({ id: signInAttempts.id });
    return rows.length > 0;
  },

  async deleteExpired(db: Db, now: Date) {
    await db.delete(signInAttempts).where(lt(signInAttempts.expiresAt, now));
  },
};
