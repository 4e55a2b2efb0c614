import { and, asc, eq, gt, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { ConversationEvent, MessageLink, TriageItem } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { messageAttachments, messages, residents, staff } from '../../db/schema/index.ts';

export type MessageAuthor = { kind: 'resident'; residentId: string } | { kind: 'care'; staffId: string } | { kind: 'system' };

export interface NewMessage {
  conversationId: string;
  clientId: string | null;
  author: MessageAuthor;
  kind: 'text' | 'note' | 'triage' | 'event';
  body: string;
  triage?: TriageItem[] | null;
  event?: ConversationEvent | null;
  links?: MessageLink[];
  at: Date;
}

/**
 * Who may append and what the append changes on the conversation, as SQL on its row: the access
 * condition is part of the statement that numbers the message, so no separate read can go stale.
 */
export interface AppendRule {
  where: SQL;
  set: SQL | null;
}

export type StoredMessage = typeof messages.$inferSelect;
export interface AppendedMessage {
  id: string;
  seq: number;
  unitId: string;
  residentId: string;
  /** Who holds the conversation after this message, and who held it just before: care's first reply takes it. */
  holderStaffId: string | null;
  holderBefore: string | null;
}

// What a subscribe (and every catch-up) reads: the messages after a number, in two variants.
const messagesAfter = (withNotes: boolean) =>
  preparedQuery((db) =>
    withAuthorNames(db)
      .where(and(eq(messages.conversationId, sql.placeholder('conversationId')), gt(messages.seq, sql.placeholder('afterSeq')), withNotes ? undefined : ne(messages.kind, 'note')))
      .orderBy(asc(messages.seq))
      .limit(sql.placeholder('limit'))
      .prepare(withNotes ? 'messages_after_with_notes' : 'messages_after_without_notes'),
  );
const messagesAfterWithNotes = messagesAfter(true);
const messagesAfterWithoutNotes = messagesAfter(false);

const attachmentsOfMessages = preparedQuery((db) =>
  db
    .select({ id: messageAttachments.id, messageId: messageAttachments.messageId, name: messageAttachments.name, contentType: messageAttachments.contentType, size: messageAttachments.size })
    .from(messageAttachments)
    .where(sql`${messageAttachments.messageId} = any(${sql.placeholder('messageIds')}::uuid[])`)
    .orderBy(asc(messageAttachments.createdAt))
    .prepare('attachments_of_messages'),
);

export const messagesRepository = {
  /**
   * Numbers and stores a message in one statement: the conversation row's update takes the next
   * number under its row lock (no gaps, no two alike), and a replayed client id matches the unique
   * index, which undoes the numbering too. Returns null when the rule refused or the client id exists.
   * The holder before is read in the statement's snapshot, which does not see the statement's own
   * update (an UPDATE returns only the new row); it only narrows whom the inbox signal goes to.
   */
  async append(db: Db, m: NewMessage, rule: AppendRule): Promise<AppendedMessage | null> {
    const author = m.author;
    const result = await db.execute(sql`
      with before as (
        select holder_staff_id as holder_before from conversations where id = ${m.conversationId}
      ), numbered as (
        update conversations set last_seq = last_seq + 1${rule.set ? sql`, ${rule.set}` : sql``}
        where id = ${m.conversationId} and ${rule.where}
        returning last_seq, unit_id, resident_id, holder_staff_id
      ), inserted as (
        insert into messages (conversation_id, seq, client_id, author, author_resident_id, author_staff_id, kind, body, triage, event, links, created_at)
        select ${m.conversationId}, last_seq, ${m.clientId}, ${author.kind},
          ${author.kind === 'resident' ? author.residentId : null}, ${author.kind === 'care' ? author.staffId : null},
          ${m.kind}, ${m.body}, ${m.triage ? JSON.stringify(m.triage) : null}::jsonb, ${m.event ? JSON.stringify(m.event) : null}::jsonb,
          ${JSON.stringify(m.links ?? [])}::jsonb, ${m.at.toISOString()}::timestamptz
        from numbered
        returning id, seq
      )
      select inserted.id, inserted.seq, numbered.unit_id, numbered.resident_id, numbered.holder_staff_id, before.holder_before from inserted, numbered, before`);
    // Both drivers (node-postgres and PGlite) answer raw SQL with `rows`.
    const row = (result as unknown as { rows: { id: string; seq: number; unit_id: string; resident_id: string; holder_staff_id: string | null; holder_before: string | null }[] }).rows[0];
    return row ? { id: row.id, seq: row.seq, unitId: row.unit_id, residentId: row.resident_id, holderStaffId: row.holder_staff_id, holderBefore: row.holder_before } : null;
  },

  async byClientId(db: Db, conversationId: string, clientId: string): Promise<StoredMessage | null> {
    const [row] = await db.select().from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.clientId, clientId))).limit(1);
    return row ?? null;
  },

  /** Messages after a sequence number, oldest first, with the author's name; notes only for staff. */
  after(db: Db, conversationId: string, afterSeq: number, withNotes: boolean, limit = 500) {
    return (withNotes ? messagesAfterWithNotes : messagesAfterWithoutNotes)(db).execute({ conversationId, afterSeq, limit });
  },

  /** The messages with these numbers in each conversation: what another process committed. */
  bySeqs(db: Db, keys: readonly { conversationId: string; seq: number }[]) {
    const conversationIds = [...new Set(keys.map((k) => k.conversationId))];
    const wanted = new Set(keys.map((k) => `${k.conversationId}:${k.seq}`));
    const minSeq = Math.min(...keys.map((k) => k.seq));
    return withAuthorNames(db)
      .where(and(inArray(messages.conversationId, conversationIds), sql`${messages.seq} >= ${minSeq}`))
      .then((rows) => rows.filter((r) => wanted.has(`${r.message.conversationId}:${r.message.seq}`)));
  },

  attachmentsOf(db: Db, messageIds: string[]) {
    if (messageIds.length === 0) return Promise.resolve([]);
    return attachmentsOfMessages(db).execute({ messageIds });
  },

  /** Gives uploaded files to a message; only the uploader's own, not yet sent, in this conversation. */
  async attach(db: Db, messageId: string, conversationId: string, attachmentIds: string[], uploader: MessageAuthor): Promise<number> {
    if (attachmentIds.length === 0) return 0;
    const own = uploader.kind === 'resident' ? eq(messageAttachments.uploadedByResidentId, uploader.residentId) : uploader.kind === 'care' ? eq(messageAttachments.uploadedByStaffId, uploader.staffId) : sql`false`;
    const rows = await db
      .update(messageAttachments)
      .set({ messageId })
      .where(and(inArray(messageAttachments.id, attachmentIds), eq(messageAttachments.conversationId, conversationId), isNull(messageAttachments.messageId), own))
      .returning({ id: messageAttachments.id });
    return rows.length;
  },
};

/** Messages with their author's name: a staff member's, or a resident's when a proxy wrote. */
function withAuthorNames(db: Db) {
  return db
    .select({
      message: messages,
      staffGivenName: staff.givenName,
      staffFamilyName: staff.familyName,
      staffProfession: staff.profession,
      residentGivenName: residents.givenName,
      residentFamilyName: residents.familyName,
    })
    .from(messages)
    .leftJoin(staff, eq(staff.id, messages.authorStaffId))
    .leftJoin(residents, eq(residents.id, messages.authorResidentId));
}
