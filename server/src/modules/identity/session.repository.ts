import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts, sessions } from '../../db/schema/index.ts';

export type NewSession = typeof sessions.$inferInsert;

export const sessionRepository = {
  async insert(db: Db, row: NewSession) {
    const [created] = await db.insert(sessions).values(row).returning({ id: sessions.id });
    return created!;
  },

  /** The live session for a token, with the account's state so a blocked account is refused at once (R-ID-4). */
  async findLiveByTokenHash(db: Db, tokenHash: string) {
    const rows = await db
      .select({ session: sessions, accountState: accounts.state, residentId: accounts.residentId })
      .from(sessions)
      .leftJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)))
      .limit(1);
    return rows[0] ?? null;
  },

  async touch(db: Db, id: string, at: Date) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  },

  async setActiveUnit(db: Db, id: string, unitId: string) {
    await db.update(sessions).set({ activeUnitId: unitId }).where(eq(sessions.id, id));
  },

  async end(db: Db, id: string, at: Date) {
    await db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
  },

  async endAllForAccount(db: Db, accountId: string, at: Date) {
    await db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
  },

  async endAllForStaff(db: Db, staffId: string, at: Date) {
    await db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.staffId, staffId), isNull(sessions.endedAt)));
  },
};
