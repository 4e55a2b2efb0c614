import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { videoChatMessages, videoGuestLinks, videoMeetingMembers, videoMeetings, videoParticipants, videoSettings, videoSignals } from '../../db/schema/index.ts';

export type MeetingRow = typeof videoMeetings.$inferSelect;
export type MemberRow = typeof videoMeetingMembers.$inferSelect;
export type ParticipantRow = typeof videoParticipants.$inferSelect;
export type GuestLinkRow = typeof videoGuestLinks.$inferSelect;
export type ChatRow = typeof videoChatMessages.$inferSelect;

const anyOf = (ids: string[]) => (ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);

/** Who a participant is, for finding their earlier entry into the same meeting. */
export type ParticipantKey = { staffId: string } | { residentId: string } | { guestLinkId: string };

export const videoRepository = {
  async meeting(db: Db, id: string): Promise<MeetingRow | null> {
    const [row] = await db.select().from(videoMeetings).where(eq(videoMeetings.id, id)).limit(1);
    return row ?? null;
  },

  /** Locks the meeting row: admissions and the end of a meeting are decided one at a time. */
  async lockMeeting(db: Db, id: string): Promise<MeetingRow | null> {
    const [row] = await db.select().from(videoMeetings).where(eq(videoMeetings.id, id)).for('update');
    return row ?? null;
  },

  meetingsAt: (db: Db, unitId: string, from: Date, to: Date) =>
    db
      .select()
      .from(videoMeetings)
      .where(and(eq(videoMeetings.unitId, unitId), gte(videoMeetings.startsAt, from), lt(videoMeetings.startsAt, to)))
      .orderBy(asc(videoMeetings.startsAt)),

  async meetingOfBooking(db: Db, bookingId: string): Promise<MeetingRow | null> {
    const [row] = await db
      .select({ meeting: videoMeetings })
      .from(videoMeetingMembers)
      .innerJoin(videoMeetings, eq(videoMeetings.id, videoMeetingMembers.meetingId))
      .where(eq(videoMeetingMembers.bookingId, bookingId))
      .limit(1);
    return row?.meeting ?? null;
  },

  members: (db: Db, meetingIds: string[]) => db.select().from(videoMeetingMembers).where(inArray(videoMeetingMembers.meetingId, anyOf(meetingIds))),

  async insertMeeting(db: Db, row: typeof videoMeetings.$inferInsert): Promise<MeetingRow> {
    const [created] = await db.insert(videoMeetings).values(row).returning();
    return created!;
  },

  /** Adds members; one already there is left as it is, unless `strict` (then a booking in another meeting is a unique violation). */
  async insertMembers(db: Db, rows: (typeof videoMeetingMembers.$inferInsert)[], strict = false): Promise<void> {
    if (!rows.length) return;
    if (strict) await db.insert(videoMeetingMembers).values(rows);
    else await db.insert(videoMeetingMembers).values(rows).onConflictDoNothing();
  },

  async updateMeeting(db: Db, id: string, change: Partial<typeof videoMeetings.$inferInsert>): Promise<void> {
    await db.update(videoMeetings).set(change).where(eq(videoMeetings.id, id));
  },

  /** Ends a meeting once: null when it had ended already. */
  async endMeeting(db: Db, id: string, at: Date): Promise<MeetingRow | null> {
    const [row] = await db.update(videoMeetings).set({ endedAt: at }).where(and(eq(videoMeetings.id, id), isNull(videoMeetings.endedAt))).returning();
    return row ?? null;
  },

  /** Open meetings whose booked end lies before `before`: nobody ended them. */
  openEndedBefore: (db: Db, before: Date) =>
    db
      .select({ id: videoMeetings.id })
      .from(videoMeetings)
      .where(and(isNull(videoMeetings.endedAt), lt(videoMeetings.endsAt, before)))
      .limit(100),

  participants: (db: Db, meetingIds: string[]) =>
    db.select().from(videoParticipants).where(inArray(videoParticipants.meetingId, anyOf(meetingIds))).orderBy(asc(videoParticipants.enteredAt)),

  async participant(db: Db, id: string): Promise<ParticipantRow | null> {
    const [row] = await db.select().from(videoParticipants).where(eq(videoParticipants.id, id)).limit(1);
    return row ?? null;
  },

  async findParticipant(db: Db, meetingId: string, key: ParticipantKey): Promise<ParticipantRow | null> {
    const match =
      'staffId' in key ? eq(videoParticipants.staffId, key.staffId) : 'residentId' in key ? eq(videoParticipants.residentId, key.residentId) : eq(videoParticipants.guestLinkId, key.guestLinkId);
    const [row] = await db.select().from(videoParticipants).where(and(eq(videoParticipants.meetingId, meetingId), match)).limit(1);
    return row ?? null;
  },

  async insertParticipant(db: Db, row: typeof videoParticipants.$inferInsert): Promise<ParticipantRow> {
    const [created] = await db.insert(videoParticipants).values(row).returning();
    return created!;
  },

  async updateParticipant(db: Db, id: string, change: Partial<typeof videoParticipants.$inferInsert>, onlyPresence?: string): Promise<ParticipantRow | null> {
    const [row] = await db
      .update(videoParticipants)
      .set(change)
      .where(onlyPresence ? and(eq(videoParticipants.id, id), eq(videoParticipants.presence, onlyPresence)) : eq(videoParticipants.id, id))
      .returning();
    return row ?? null;
  },

  /** Meetings under way across the region (two people met, nobody ended it yet), for operations. */
  async inProgressCount(db: Db): Promise<number> {
    const [row] = await db.select({ n: count() }).from(videoMeetings).where(and(isNotNull(videoMeetings.startedAt), isNull(videoMeetings.endedAt)));
    return row?.n ?? 0;
  },

  async admittedCount(db: Db, meetingId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(videoParticipants)
      .where(and(eq(videoParticipants.meetingId, meetingId), eq(videoParticipants.state, 'admitted')));
    return row?.n ?? 0;
  },

  async leaveAll(db: Db, meetingId: string, at: Date): Promise<void> {
    await db
      .update(videoParticipants)
      .set({ state: 'left', leftAt: at, presence: null, published: false })
      .where(and(eq(videoParticipants.meetingId, meetingId), inArray(videoParticipants.state, ['waiting', 'admitted'])));
  },

  async insertGuestLink(db: Db, row: typeof videoGuestLinks.$inferInsert): Promise<GuestLinkRow> {
    const [created] = await db.insert(videoGuestLinks).values(row).returning();
    return created!;
  },

  async updateGuestLinkSent(db: Db, id: string): Promise<void> {
    await db.update(videoGuestLinks).set({ sentBySms: true }).where(eq(videoGuestLinks.id, id));
  },

  guestLinksOf: (db: Db, meetingId: string) => db.select().from(videoGuestLinks).where(eq(videoGuestLinks.meetingId, meetingId)).orderBy(asc(videoGuestLinks.createdAt)),

  async guestLink(db: Db, id: string): Promise<GuestLinkRow | null> {
    const [row] = await db.select().from(videoGuestLinks).where(eq(videoGuestLinks.id, id)).limit(1);
    return row ?? null;
  },

  async guestLinkByTokenHash(db: Db, tokenHash: string): Promise<GuestLinkRow | null> {
    const [row] = await db.select().from(videoGuestLinks).where(eq(videoGuestLinks.tokenHash, tokenHash)).limit(1);
    return row ?? null;
  },

  /** R-VM-3: redeems a link once, in its window, unless revoked; null when another redemption or a revocation came first. */
  async redeemGuestLink(db: Db, id: string, at: Date, guestName: string, eidVerified: boolean): Promise<GuestLinkRow | null> {
    const [row] = await db
      .update(videoGuestLinks)
      .set({ redeemedAt: at, guestName, eidVerified })
      .where(and(eq(videoGuestLinks.id, id), isNull(videoGuestLinks.redeemedAt), isNull(videoGuestLinks.revokedAt), lte(videoGuestLinks.validFrom, at), gte(videoGuestLinks.validUntil, at)))
      .returning();
    return row ?? null;
  },

  async revokeGuestLink(db: Db, id: string, meetingId: string, at: Date): Promise<GuestLinkRow | null> {
    const [row] = await db
      .update(videoGuestLinks)
      .set({ revokedAt: at })
      .where(and(eq(videoGuestLinks.id, id), eq(videoGuestLinks.meetingId, meetingId), isNull(videoGuestLinks.revokedAt)))
      .returning();
    return row ?? null;
  },

  /** Stores a chat message once per client id; a resend returns the stored one. */
  async insertChat(db: Db, row: typeof videoChatMessages.$inferInsert): Promise<ChatRow> {
    const [created] = await db.insert(videoChatMessages).values(row).onConflictDoNothing().returning();
    if (created) return created;
    const [existing] = await db
      .select()
      .from(videoChatMessages)
      .where(and(eq(videoChatMessages.meetingId, row.meetingId), eq(videoChatMessages.clientId, row.clientId)));
    return existing!;
  },

  chatOf: async (db: Db, meetingId: string, limit: number) =>
    (await db.select().from(videoChatMessages).where(eq(videoChatMessages.meetingId, meetingId)).orderBy(desc(videoChatMessages.sentAt)).limit(limit)).reverse(),

  chatByIds: (db: Db, ids: string[]) => db.select().from(videoChatMessages).where(inArray(videoChatMessages.id, anyOf(ids))).orderBy(asc(videoChatMessages.sentAt)),

  async insertSignal(db: Db, row: { meetingId: string; toParticipantId: string; message: string; createdAt: Date }): Promise<number> {
    const [created] = await db.insert(videoSignals).values(row).returning({ seq: videoSignals.seq });
    return created!.seq;
  },

  /** Reads and deletes signals, in the order they were written. */
  async takeSignals(db: Db, seqs: number[]) {
    if (!seqs.length) return [];
    const rows = await db.delete(videoSignals).where(inArray(videoSignals.seq, seqs)).returning();
    return rows.sort((a, b) => a.seq - b.seq);
  },

  async deleteSignalsBefore(db: Db, before: Date): Promise<void> {
    await db.delete(videoSignals).where(lt(videoSignals.createdAt, before));
  },

  async settings(db: Db, unitId: string): Promise<{ guestsRequireEid: boolean }> {
    const [row] = await db.select({ guestsRequireEid: videoSettings.guestsRequireEid }).from(videoSettings).where(eq(videoSettings.unitId, unitId)).limit(1);
    return row ?? { guestsRequireEid: false };
  },

  async putSettings(db: Db, unitId: string, guestsRequireEid: boolean, at: Date, staffId: string): Promise<void> {
    await db
      .insert(videoSettings)
      .values({ unitId, guestsRequireEid, updatedAt: at, updatedByStaffId: staffId })
      .onConflictDoUpdate({ target: videoSettings.unitId, set: { guestsRequireEid, updatedAt: at, updatedByStaffId: staffId } });
  },
};
