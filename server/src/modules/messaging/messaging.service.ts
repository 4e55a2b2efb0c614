import { sql } from 'drizzle-orm';
import type { Message, MessageLink } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { ResidentPrincipal, StaffPrincipal } from '../../platform/principal.ts';
import type { ChatDelivery, ConversationRef } from './chat-delivery.ts';
import { type ConversationRow, conversationsRepository } from './conversations.repository.ts';
import { type AppendedMessage, type AppendRule, type MessageAuthor, messagesRepository, type NewMessage, type SendRule, type StoredMessage } from './messages.repository.ts';
import { type MessageRow, toMessage, withAttachments } from './message-view.ts';
import type { AuthorNames } from './author-names.ts';

export type Writer = ResidentPrincipal | StaffPrincipal;

export interface SendInput {
  clientId: string;
  body: string;
  kind: 'reply' | 'note';
  attachmentIds: string[];
  links: MessageLink[];
}

const refusals = {
  closed: () => new AppError('conversation_closed', 409, 'The conversation has been closed'),
  held: () => new AppError('held_by_colleague', 409, 'A colleague holds this conversation; ask for it to be handed over or write an internal note'),
  reused: () => new AppError('client_id_reused', 409, 'That client id belongs to another message', 'clientId'),
};

/**
 * Writing in a conversation, over HTTP or the WebSocket alike: the access check and the numbering
 * are one statement, the sender's acknowledgement comes after the commit, and a retried client id
 * answers with the message already stored.
 */
export class MessagingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly delivery: ChatDelivery,
    private readonly names: AuthorNames,
    private readonly options: { batchSends: boolean },
  ) {}

  async send(writer: Writer, conversationId: string, input: SendInput): Promise<{ message: Message; replayed: boolean }> {
    if (writer.kind === 'staff') assertStaffMay(writer, 'chat.work');
    if (writer.kind === 'resident' && (input.kind === 'note' || input.links.length > 0)) throw invalidField('kind', 'Residents write plain messages');
    const now = this.clock.now();
    const author = authorOf(writer);
    const draft = { conversationId, clientId: input.clientId, author, kind: input.kind === 'note' ? ('note' as const) : ('text' as const), body: input.body, links: input.links, at: now };
    const rule = sendRule(writer, input.kind);
    const together = this.options.batchSends && input.attachmentIds.length === 0 ? await messagesRepository.appendAmongOthers(this.db, { message: draft, rule }) : 'alone';
    const stored = together === 'alone' ? await this.appendWithFiles(draft, ruleSql(rule, now), input.attachmentIds) : together;
    if (!stored) return this.explainRefusal(writer, conversationId, input.clientId);
    const ref = { id: conversationId, unitId: stored.unitId, residentId: stored.residentId };
    const message = await this.view(draft, stored, ref.residentId, input.attachmentIds.length > 0);
    // A message in a conversation someone holds, that did not just take it, changes only the holder's inbox (and the lists on screen).
    const held = stored.holderStaffId !== null && stored.holderStaffId === stored.holderBefore;
    this.delivery.message(ref, message, held ? { holderStaffId: stored.holderStaffId! } : 'unit');
    return { message, replayed: false };
  }

  /** Marks messages up to `seq` read by the resident's side or care's, and tells the other side. */
  async read(reader: Writer, conversationId: string, seq: number): Promise<void> {
    if (reader.kind === 'staff') assertStaffMay(reader, 'chat.work');
    const column = reader.kind === 'resident' ? sql`resident_read_seq` : sql`care_read_seq`;
    const access = reader.kind === 'resident' ? sql`resident_id = ${reader.subjectId}` : sql`unit_id = ${reader.activeUnitId}`;
    const result = await this.db.execute(sql`
      update conversations set ${column} = greatest(${column}, least(${seq}, last_seq))
      where id = ${conversationId} and ${access}
      returning id, unit_id, resident_id, ${column} as read_seq`);
    const row = (result as unknown as { rows: { id: string; unit_id: string; resident_id: string; read_seq: number }[] }).rows[0];
    if (!row) throw notFound('The conversation');
    this.delivery.read({ id: row.id, unitId: row.unit_id, residentId: row.resident_id }, reader.kind === 'resident' ? 'resident' : 'care', row.read_seq);
  }

  async typing(writer: Writer, ref: ConversationRef): Promise<void> {
    this.delivery.typing(ref, writer.kind === 'resident' ? 'resident' : 'care');
  }

  /** The conversation if the writer may see it: the resident acted for, or staff of its unit. */
  async visibleTo(viewer: Writer, conversationId: string, db: Db = this.db): Promise<ConversationRow> {
    if (viewer.kind === 'staff') assertStaffMay(viewer, 'chat.work');
    const row = await conversationsRepository.byId(db, conversationId);
    const visible = row && (viewer.kind === 'resident' ? row.residentId === viewer.subjectId : row.unitId === viewer.activeUnitId);
    if (!visible) throw notFound('The conversation');
    return row;
  }

  /** Messages after `afterSeq` as the viewer may see them: residents never see internal notes. */
  async messagesAfter(viewer: Writer, row: ConversationRow, afterSeq: number, db: Db = this.db): Promise<Message[]> {
    const out: Message[] = [];
    for (let last = afterSeq; ; ) {
      const rows = await messagesRepository.after(db, row.id, last, viewer.kind === 'staff', 500);
      out.push(...(await withAttachments(db, rows, () => row.residentId)));
      if (rows.length < 500) return out;
      last = rows.at(-1)!.message.seq;
    }
  }

  /** Appends a message inside a larger change (a start, a hand-over); the caller delivers it after commit. */
  async appendIn(tx: Db, draft: NewMessage, rule: AppendRule): Promise<Message> {
    const stored = await messagesRepository.append(tx, draft, rule);
    if (!stored) throw refusals.closed();
    return this.view(draft, stored, stored.residentId, false, tx);
  }

  private async appendWithFiles(draft: NewMessage, rule: AppendRule, attachmentIds: string[]): Promise<AppendedMessage | null> {
    if (attachmentIds.length === 0) return this.appendOrReplay(this.db, draft, rule);
    return this.db.transaction(async (tx) => {
      const stored = await this.appendOrReplay(tx, draft, rule);
      if (!stored) return null;
      const taken = await messagesRepository.attach(tx, stored.id, draft.conversationId, attachmentIds, draft.author);
      if (taken !== new Set(attachmentIds).size) throw invalidField('attachmentIds', 'A file is missing, already sent, or not yours: upload it again');
      return stored;
    });
  }

  private async appendOrReplay(db: Db, draft: NewMessage, rule: AppendRule) {
    try {
      return await messagesRepository.append(db, draft, rule);
    } catch (err) {
      // A concurrent retry with the same client id won: the explanation below returns its message.
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  private async explainRefusal(writer: Writer, conversationId: string, clientId: string): Promise<{ message: Message; replayed: true }> {
    const row = await this.visibleTo(writer, conversationId);
    const earlier = await messagesRepository.byClientId(this.db, conversationId, clientId);
    if (earlier) {
      if (!sameAuthor(earlier, authorOf(writer))) throw refusals.reused();
      const rows = await messagesRepository.after(this.db, conversationId, earlier.seq - 1, true, 1);
      const [message] = await withAttachments(this.db, rows, () => row.residentId);
      return { message: message!, replayed: true };
    }
    if (row.closedAt) throw refusals.closed();
    if (writer.kind === 'staff' && row.holderStaffId && row.holderStaffId !== writer.staffId) throw refusals.held();
    throw notFound('The conversation');
  }

  /** The message just stored, as the API shows it, without reading it back unless it has files. */
  private async view(draft: NewMessage, stored: { id: string; seq: number }, subjectResidentId: string, hasFiles: boolean, db: Db = this.db): Promise<Message> {
    const name = await this.names.of(db, draft.author, subjectResidentId);
    const row: MessageRow = {
      message: { ...storedShape(draft), id: stored.id, seq: stored.seq },
      staffGivenName: name.givenName,
      staffFamilyName: name.familyName,
      staffProfession: name.profession,
      residentGivenName: name.givenName,
      residentFamilyName: name.familyName,
    };
    if (!hasFiles) return toMessage(row, subjectResidentId, []);
    const [withFiles] = await withAttachments(db, [row], () => subjectResidentId);
    return withFiles!;
  }
}

function authorOf(writer: Writer): MessageAuthor {
  return writer.kind === 'resident' ? { kind: 'resident', residentId: writer.residentId } : { kind: 'care', staffId: writer.staffId };
}

function sameAuthor(m: StoredMessage, author: MessageAuthor): boolean {
  return author.kind === 'resident' ? m.authorResidentId === author.residentId : author.kind === 'care' ? m.authorStaffId === author.staffId : m.author === 'system';
}

function storedShape(draft: NewMessage): Omit<StoredMessage, 'id' | 'seq'> {
  const a = draft.author;
  return {
    conversationId: draft.conversationId,
    clientId: draft.clientId,
    author: a.kind,
    authorResidentId: a.kind === 'resident' ? a.residentId : null,
    authorStaffId: a.kind === 'care' ? a.staffId : null,
    kind: draft.kind,
    body: draft.body,
    triage: draft.triage ?? null,
    event: draft.event ?? null,
    links: draft.links ?? [],
    createdAt: draft.at,
  };
}

/** What a message the writer sends may do in the conversation (see `SendRule`). */
function sendRule(writer: Writer, kind: 'reply' | 'note'): SendRule {
  if (writer.kind === 'resident') return { kind: 'resident', subjectId: writer.subjectId };
  return kind === 'note' ? { kind: 'note', unitId: writer.activeUnitId } : { kind: 'reply', unitId: writer.activeUnitId, staffId: writer.staffId };
}

/**
 * A send rule as SQL on the conversation row, for a message appended alone (the batched statement
 * in messages.repository.ts says the same with CASE per rule; the route tests run on PGlite, which
 * appends alone, and on PostgreSQL, which batches).
 */
function ruleSql(rule: SendRule, now: Date): AppendRule {
  const at = now.toISOString();
  if (rule.kind === 'resident') {
    return {
      where: sql`closed_at is null and resident_id = ${rule.subjectId}`,
      set: sql`awaiting = 'care', waiting_since = coalesce(waiting_since, ${at}::timestamptz), last_resident_seq = last_seq + 1, resident_read_seq = last_seq + 1, last_message_at = ${at}::timestamptz`,
    };
  }
  if (rule.kind === 'note') return { where: sql`closed_at is null and unit_id = ${rule.unitId}`, set: null };
  return {
    where: sql`closed_at is null and unit_id = ${rule.unitId} and (holder_staff_id is null or holder_staff_id = ${rule.staffId})`,
    set: sql`holder_staff_id = ${rule.staffId}, taken_at = coalesce(taken_at, ${at}::timestamptz), handed_over = false, awaiting = 'resident', waiting_since = null, last_care_seq = last_seq + 1, care_read_seq = last_seq + 1, last_message_at = ${at}::timestamptz`,
  };
}

/** Who may append and what the message changes on the conversation row, for appends inside a larger change. */
export function appendRule(writer: Writer, kind: 'reply' | 'note', now: Date): AppendRule {
  return ruleSql(sendRule(writer, kind), now);
}
