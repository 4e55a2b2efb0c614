import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { accounts, residentBlocks, sessions } from '../../db/schema/index.ts';

export type NewSession = typeof sessions.$inferInsert;

// Every API request with a session cookie runs this first, so concurrent requests share one read.
const liveByTokenHashes = preparedQuery((db) =>
  db
    .select({
      session: sessions,
      residentId: accounts.residentId,
      residentBlocked: sql<boolean>`exists (select 1 from ${residentBlocks} where ${residentBlocks.residentId} = ${accounts.residentId} and ${residentBlocks.liftedAt} is null)`,
    })
    .from(sessions)
    .leftJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`, isNull(sessions.endedAt)))
    .prepare('sessions_live_by_token_hashes'),
);
const liveByTokenHash = batched(async (db, tokenHashes: string[]) => new Map((await liveByTokenHashes(db).execute({ tokenHashes })).map((row) => [row.session.tokenHash, row])));

export const sessionRepository = {
  async insert(db: Db, row: NewSession) {
    const [created] = await db.insert(sessions).values(row).returning({ id: sessions.id });
    return created!;
  },

  /** The live session for a token, with the account's state so a blocked account is refused at once (R-ID-4). */
  async findLiveByTokenHash(db: Db, tokenHash: string) {
    return (await liveByTokenHash(db, tokenHash)) ?? null;
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

  async setActingFor(db: Db, id: string, residentId: string | null) {
    await db.update(sessions).set({ actingForResidentId: residentId }).where(eq(sessions.id, id));
  },

  async endAllForAccount(db: Db, accountId: string, at: Date): Promise<string[]> {
    const rows = await db
      .update(sessions)
      .set({ endedAt: at })
      .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  },

  async endAllForGuestLink(db: Db, guestLinkId: string, at: Date): Promise<string[]> {
    const rows = await db
      .update(sessions)
      .set({ endedAt: at })
      .where(and(eq(sessions.guestLinkId, guestLinkId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  },

  async endAllForStaff(db: Db, staffId: string, at: Date): Promise<string[]> {
    const rows = await db
      .update(sessions)
      .set({ endedAt: at })
      .where(and(eq(sessions.staffId, staffId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  },

  /** Ends the live sessions of a resident's own account(s). */
  async endAllOfResident(db: Db, residentId: string, at: Date): Promise<string[]> {
    const own = db.select({ id: accounts.id }).from(accounts).where(eq(accounts.residentId, residentId));
    const rows = await db
      .update(sessions)
      .set({ endedAt: at })
      .where(and(isNull(sessions.endedAt), inArray(sessions.accountId, own)))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  },

  /** Live sessions acting for a person as proxy, optionally only those of one proxy. */
  async liveActingFor(db: Db, subjectId: string, actorResidentId?: string): Promise<string[]> {
    const conditions = [isNull(sessions.endedAt), eq(sessions.actingForResidentId, subjectId)];
    if (actorResidentId) conditions.push(inArray(sessions.accountId, db.select({ id: accounts.id }).from(accounts).where(eq(accounts.residentId, actorResidentId))));
    const rows = await db.select({ id: sessions.id }).from(sessions).where(and(...conditions));
    return rows.map((r) => r.id);
  },

  async deleteForAccount(db: Db, accountId: string) {
    await db.delete(sessions).where(eq(sessions.accountId, accountId));
  },

  async allLiveProxySessions(db: Db) {
    return db
      .select({ id: sessions.id, actorResidentId: accounts.residentId, subjectId: sessions.actingForResidentId })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(and(isNull(sessions.endedAt), sql`${sessions.actingForResidentId} is not null`));
  },

  timesOf: (db: Db, ids: string[]) =>
    ids.length ? db.select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, endedAt: sessions.endedAt }).from(sessions).where(inArray(sessions.id, ids)) : Promise.resolve([]),
};
