import { and, asc, eq, gt, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { ConversationEvent, MessageLink, TriageItem } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery, preparedStatement } from '../../db/prepared.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
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

/**
 * What a message someone sends may do in a conversation, as data (see `appendRule` for the SQL of
 * one): a resident's makes care the one to answer; a staff reply takes the conversation if nobody
 * holds it and makes the resident the one to answer; a note changes neither.
 */
export type SendRule = { kind: 'resident'; subjectId: string } | { kind: 'reply'; unitId: string | null; staffId: string } | { kind: 'note'; unitId: string | null };

/** A text or a note, with no files: what goes in a batch. */
export interface SendRequest {
  message: NewMessage & { kind: 'text' | 'note'; clientId: string };
  rule: SendRule;
}

/** Stored; or not stored in the batch (refused, a replay, a second message to the same conversation), to be tried alone. */
export type SendOutcome = AppendedMessage | 'alone';

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

interface SentRow {
  ord: number;
  id: string;
  seq: number;
  unit_id: string;
  resident_id: string;
  holder_staff_id: string | null;
  holder_before: string | null;
}

const sendStatement = preparedStatement<SentRow>(
  'messages_sent_together',
  sql`
    with request as (
      select * from jsonb_to_recordset(${sql.placeholder('batch')}::jsonb) as r(ord int, conversation_id uuid, client_id uuid, rule text,
        subject_id uuid, unit_id uuid, staff_id uuid, author text, author_resident_id uuid, author_staff_id uuid, kind text, body text, links jsonb, at timestamptz)
    ), fresh as (
      select r.* from request r
      left join lateral (select true as stored from ${messages} m where m.conversation_id = r.conversation_id and m.client_id = r.client_id limit 1) e on true
      where e.stored is null
    ), locked as (
      select id, holder_staff_id as holder_before from conversations where id = any(array(select conversation_id from fresh))
      order by id for update
    ), numbered as (
      update conversations c set
        last_seq = c.last_seq + 1,
        awaiting = case f.rule when 'resident' then 'care' when 'reply' then 'resident' else c.awaiting end,
        waiting_since = case f.rule when 'resident' then coalesce(c.waiting_since, f.at) when 'reply' then null else c.waiting_since end,
        last_resident_seq = case f.rule when 'resident' then c.last_seq + 1 else c.last_resident_seq end,
        resident_read_seq = case f.rule when 'resident' then c.last_seq + 1 else c.resident_read_seq end,
        holder_staff_id = case f.rule when 'reply' then f.staff_id else c.holder_staff_id end,
        taken_at = case f.rule when 'reply' then coalesce(c.taken_at, f.at) else c.taken_at end,
        handed_over = case f.rule when 'reply' then false else c.handed_over end,
        last_care_seq = case f.rule when 'reply' then c.last_seq + 1 else c.last_care_seq end,
        care_read_seq = case f.rule when 'reply' then c.last_seq + 1 else c.care_read_seq end,
        last_message_at = case f.rule when 'note' then c.last_message_at else f.at end
      from fresh f
      where c.id = any(array(select id from locked)) and c.id = f.conversation_id and c.closed_at is null
        and case f.rule
          when 'resident' then c.resident_id = f.subject_id
          when 'note' then c.unit_id = f.unit_id
          else c.unit_id = f.unit_id and (c.holder_staff_id is null or c.holder_staff_id = f.staff_id) end
      returning f.ord, c.id, c.last_seq, c.unit_id, c.resident_id, c.holder_staff_id
    ), inserted as (
      insert into ${messages} (conversation_id, seq, client_id, author, author_resident_id, author_staff_id, kind, body, links, created_at)
      select f.conversation_id, n.last_seq, f.client_id, f.author, f.author_resident_id, f.author_staff_id, f.kind, f.body, f.links, f.at
      from numbered n join fresh f on f.ord = n.ord
      returning id, seq, conversation_id
    )
    select n.ord, i.id, i.seq, n.unit_id, n.resident_id, n.holder_staff_id, l.holder_before
    from numbered n join inserted i on i.conversation_id = n.id join locked l on l.id = n.id`,
);

/**
 * Many conversations' new messages in one statement and one commit (see `append` for one). A batch
 * takes one message per conversation, whose row lock numbers it; the rows are locked first, in id
 * order, so two processes' batches never wait for each other in a circle (updated in the batch's
 * order, they deadlocked: 345-454 sends refused in a two-process benchmark run). A client id
 * already stored, a message its rule refuses and a second one to the same conversation answer
 * 'alone': tried again alone after the batch, in arrival order, which stores it or says why not.
 * Should a retry of a client id commit between the check and the insert, the unique index fails
 * the batch; then every message in it goes alone.
 * The statement is shaped for the planner, which guesses 100 rows for the batch: the stored-client-id
 * check is a lateral probe of the index (a NOT EXISTS became a hash join over all messages), and the
 * rule is a CASE (as ORs, it scanned the unit's open conversations for each message).
 */
const sentTogether = batched(async (db, requests: SendRequest[]) => {
  const conversations = new Set<string>();
  const rows = requests.flatMap((r, ord) => {
    const m = r.message;
    if (conversations.has(m.conversationId)) return [];
    conversations.add(m.conversationId);
    const a = m.author;
    return [
      {
        ord,
        conversation_id: m.conversationId,
        client_id: m.clientId,
        rule: r.rule.kind,
        subject_id: r.rule.kind === 'resident' ? r.rule.subjectId : null,
        unit_id: r.rule.kind === 'resident' ? null : r.rule.unitId,
        staff_id: r.rule.kind === 'reply' ? r.rule.staffId : null,
        author: a.kind,
        author_resident_id: a.kind === 'resident' ? a.residentId : null,
        author_staff_id: a.kind === 'care' ? a.staffId : null,
        kind: m.kind,
        body: m.body,
        links: m.links ?? [],
        at: m.at.toISOString(),
      },
    ];
  });
  let result: SentRow[];
  try {
    result = await sendStatement(db).execute({ batch: JSON.stringify(rows) });
  } catch (error) {
    if (isUniqueViolation(error)) return new Map<SendRequest, SendOutcome>();
    throw error;
  }
  const outcomes = new Map<SendRequest, SendOutcome>();
  for (const row of result) {
    outcomes.set(requests[row.ord]!, { id: row.id, seq: row.seq, unitId: row.unit_id, residentId: row.resident_id, holderStaffId: row.holder_staff_id, holderBefore: row.holder_before });
  }
  return outcomes;
});

export const messagesRepository = {
  /** `append` for a text or note someone sends, in a batch with the messages sent at the same moment. */
  async appendAmongOthers(db: Db, request: SendRequest): Promise<SendOutcome> {
    return (await sentTogether(db, request)) ?? 'alone';
  },

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
