import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { chatErrands, chatSettings, conversationEvaluations, conversations, residents, staff } from '../../db/schema/index.ts';

export type ConversationRow = typeof conversations.$inferSelect;
export type NewConversation = typeof conversations.$inferInsert;

// Every subscribe, HTTP read and refused send checks the conversation first.
const conversationById = preparedQuery((db) => db.select().from(conversations).where(eq(conversations.id, sql.placeholder('id'))).limit(1).prepare('conversation_by_id'));

export const conversationsRepository = {
  async byId(db: Db, id: string): Promise<ConversationRow | null> {
    const [row] = await conversationById(db).execute({ id });
    return row ?? null;
  },

  async byStartClientId(db: Db, residentId: string, clientId: string): Promise<ConversationRow | null> {
    const [row] = await db.select().from(conversations).where(and(eq(conversations.residentId, residentId), eq(conversations.startClientId, clientId))).limit(1);
    return row ?? null;
  },

  async insert(db: Db, row: NewConversation): Promise<ConversationRow> {
    const [created] = await db.insert(conversations).values(row).returning();
    return created!;
  },

  async update(db: Db, id: string, set: Partial<NewConversation>, where?: ReturnType<typeof and>): Promise<ConversationRow | null> {
    const [row] = await db.update(conversations).set(set).where(and(eq(conversations.id, id), where)).returning();
    return row ?? null;
  },

  /**
   * A resident's conversations (or one of them), newest first, with whether an evaluation exists and
   * how many messages from care they have not read (notes and their own messages do not count).
   */
  forResident(db: Db, residentId: string, conversationId?: string) {
    return db
      .select({
        conversation: conversations,
        evaluated: sql<boolean>`${conversationEvaluations.conversationId} is not null`,
        unread: sql<number>`(select count(*) from messages m where m.conversation_id = ${conversations.id} and m.seq > ${conversations.residentReadSeq} and m.author <> 'resident' and m.kind = 'text')`.mapWith(Number),
      })
      .from(conversations)
      .leftJoin(conversationEvaluations, eq(conversationEvaluations.conversationId, conversations.id))
      .where(and(eq(conversations.residentId, residentId), conversationId ? eq(conversations.id, conversationId) : undefined))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(200);
  },

  /**
   * A unit's open conversations (or its recently closed ones), with the resident's name and the
   * holder's; oldest waiting first, as R-MS-12 asks. The caller narrows to the inbox view.
   */
  inbox(db: Db, unitId: string, closed: boolean, closedSince: Date) {
    return inboxSelect(db)
      .where(and(eq(conversations.unitId, unitId), closed ? and(isNotNull(conversations.closedAt), gte(conversations.closedAt, closedSince)) : isNull(conversations.closedAt)))
      .orderBy(closed ? desc(conversations.closedAt) : sql`${conversations.waitingSince} asc nulls last, ${conversations.createdAt} asc`)
      .limit(500);
  },

  async inboxRow(db: Db, unitId: string, conversationId: string) {
    const [row] = await inboxSelect(db).where(and(eq(conversations.unitId, unitId), eq(conversations.id, conversationId))).limit(1);
    return row ?? null;
  },

  /** Live chats nobody has taken yet at a unit, first come first. */
  liveQueue(db: Db, unitId: string) {
    return db
      .select({ id: conversations.id, residentId: conversations.residentId })
      .from(conversations)
      .where(and(eq(conversations.unitId, unitId), eq(conversations.mode, 'live'), isNull(conversations.closedAt), isNull(conversations.holderStaffId)))
      .orderBy(asc(conversations.createdAt));
  },

  /** Minutes from start to taken for the unit's last live chats. */
  async recentLiveWaits(db: Db, unitId: string): Promise<number[]> {
    const rows = await db
      .select({ createdAt: conversations.createdAt, takenAt: conversations.takenAt })
      .from(conversations)
      .where(and(eq(conversations.unitId, unitId), eq(conversations.mode, 'live'), isNotNull(conversations.takenAt)))
      .orderBy(desc(conversations.takenAt))
      .limit(20);
    return rows.map((r) => (r.takenAt!.getTime() - r.createdAt.getTime()) / 60_000);
  },

  /** R-MS-12 monitoring: open conversations per state at a unit, and the longest wait. */
  async unitSummary(db: Db, unitId: string, staffId: string) {
    const [row] = await db
      .select({
        new: sql<number>`count(*) filter (where ${conversations.holderStaffId} is null and not ${conversations.handedOver})`.mapWith(Number),
        mine: sql<number>`count(*) filter (where ${conversations.holderStaffId} = ${staffId})`.mapWith(Number),
        waitingForResident: sql<number>`count(*) filter (where ${conversations.awaiting} = 'resident')`.mapWith(Number),
        handedOver: sql<number>`count(*) filter (where ${conversations.handedOver})`.mapWith(Number),
        oldestWaitingSince: sql<string | null>`min(${conversations.waitingSince})`,
      })
      .from(conversations)
      .where(and(eq(conversations.unitId, unitId), isNull(conversations.closedAt)));
    return row!;
  },

  async chatSettingsOf(db: Db, unitId: string) {
    const [row] = await db.select().from(chatSettings).where(eq(chatSettings.unitId, unitId)).limit(1);
    return row ?? null;
  },

  chatSettingsOfUnits: (db: Db, unitIds: string[]) => (unitIds.length ? db.select().from(chatSettings).where(inArray(chatSettings.unitId, unitIds)) : Promise.resolve([])),

  errandsOf: (db: Db, unitIds: string[]) => (unitIds.length ? db.select().from(chatErrands).where(inArray(chatErrands.unitId, unitIds)).orderBy(asc(chatErrands.errand)) : Promise.resolve([])),

  async errand(db: Db, unitId: string, errand: string) {
    const [row] = await db.select().from(chatErrands).where(and(eq(chatErrands.unitId, unitId), eq(chatErrands.errand, errand))).limit(1);
    return row ?? null;
  },

  /** Whether a resident has written with the unit from `since` on: a care relation (ADR 1). */
  async hasConversationSince(db: Db, residentId: string, unitId: string, since: Date): Promise<boolean> {
    const [row] = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.residentId, residentId), eq(conversations.unitId, unitId), gte(conversations.lastMessageAt, since)))
      .limit(1);
    return row !== undefined;
  },

  /** Conversations whose care messages the resident has not been told about yet; claimed so only one process tells. */
  async claimUnnotified(db: Db, olderThan: Date, limit: number) {
    const result = await db.execute(sql`
      update conversations set notified_seq = last_care_seq
      where id in (
        select id from conversations
        where last_care_seq > notified_seq and last_care_seq > resident_read_seq and last_message_at < ${olderThan.toISOString()}::timestamptz
        order by last_message_at limit ${limit}
        for update skip locked
      )
      returning id, resident_id, unit_id`);
    return (result as unknown as { rows: { id: string; resident_id: string; unit_id: string }[] }).rows.map((r) => ({ id: r.id, residentId: r.resident_id, unitId: r.unit_id }));
  },

};

function inboxSelect(db: Db) {
  return db
    .select({
      conversation: conversations,
      residentGivenName: residents.givenName,
      residentFamilyName: residents.familyName,
      residentBirthDate: residents.birthDate,
      holderGivenName: staff.givenName,
      holderFamilyName: staff.familyName,
      holderProfession: staff.profession,
    })
    .from(conversations)
    .innerJoin(residents, eq(residents.id, conversations.residentId))
    .leftJoin(staff, eq(staff.id, conversations.holderStaffId));
}
