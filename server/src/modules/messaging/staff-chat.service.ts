import { sql } from 'drizzle-orm';
import type { Profession } from '../../../../contracts/enums.ts';
import type { ColleaguesResponse, ConversationEvent, Message, StaffConversationResponse } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { ChatDelivery, ConversationRef } from './chat-delivery.ts';
import type { ChatQueue } from './chat-queue.ts';
import { type ConversationRow, conversationsRepository } from './conversations.repository.ts';
import type { AppendRule, NewMessage } from './messages.repository.ts';
import { appendRule, type MessagingService } from './messaging.service.ts';
import type { StaffInbox } from './staff-inbox.service.ts';

const open = (p: StaffInUnit) => sql`closed_at is null and unit_id = ${p.activeUnitId}`;

/**
 * Staff's work on a conversation (R-MS-1, R-MS-6, R-MS-7): start one, read it (logged, R-IN-2),
 * take it, hand it over to a profession queue or a colleague with an internal note, call back,
 * close. Each change is a message in the conversation, so the change and its record are one
 * statement and everyone following sees it in order.
 */
export class StaffChatService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
    private readonly delivery: ChatDelivery,
    private readonly queue: ChatQueue,
    private readonly inbox: StaffInbox,
    private readonly residents: ResidentsService,
    private readonly staffDirectory: StaffDirectory,
    private readonly audit: AuditService,
  ) {}

  /** R-MS-1: care starts a conversation with a resident it has a care relation with. */
  async start(principal: StaffPrincipal, residentId: string, input: { message: string; clientId: string }): Promise<{ conversationId: string }> {
    assertStaffMay(principal, 'chat.work');
    const now = this.clock.now();
    const { row, message } = await this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, residentId);
      const row = await conversationsRepository.insert(tx, {
        unitId: principal.activeUnitId,
        residentId,
        startedBy: 'care',
        startedByStaffId: principal.staffId,
        mode: 'async',
        holderStaffId: principal.staffId,
        takenAt: now,
        awaiting: 'resident',
        lastMessageAt: now,
        createdAt: now,
      });
      const draft: NewMessage = { conversationId: row.id, clientId: input.clientId, author: { kind: 'care', staffId: principal.staffId }, kind: 'text', body: input.message, at: now };
      return { row, message: await this.messaging.appendIn(tx, draft, appendRule(principal, 'reply', now)) };
    });
    this.delivery.message(refOf(row), message);
    return { conversationId: row.id };
  }

  /** The conversation with every message and note; reading it is a logged read of the resident's data. */
  async get(principal: StaffPrincipal, conversationId: string, afterSeq: number, requestId: string): Promise<StaffConversationResponse> {
    return this.db.transaction(async (tx) => {
      const row = await this.messaging.visibleTo(principal, conversationId, tx);
      const p = principal as StaffInUnit;
      await this.audit.recordRead(tx, p, row.residentId, 'conversation', requestId);
      const [conversation, messages] = [await this.inbox.item(tx, p, row.id), await this.messaging.messagesAfter(principal, row, afterSeq, tx)];
      return { conversation, messages };
    });
  }

  async take(principal: StaffPrincipal, conversationId: string): Promise<void> {
    const p = this.inUnit(principal);
    const row = await this.messaging.visibleTo(p, conversationId);
    if (row.holderStaffId === p.staffId) return;
    const me = await this.staffDirectory.profile(p.staffId);
    await this.record(row, { type: 'taken', staffName: `${me.givenName} ${me.familyName}`, profession: me.profession as Profession }, {
      where: open(p),
      set: sql`holder_staff_id = ${p.staffId}, handed_over = false, taken_at = coalesce(taken_at, ${this.clock.now().toISOString()}::timestamptz)`,
    });
  }

  /** R-MS-6: to a profession's queue or a named colleague, with an internal note that says why. */
  async handOver(principal: StaffPrincipal, conversationId: string, input: { queue: Profession | null; staffId: string | null; note: string }): Promise<void> {
    const p = this.inUnit(principal);
    const row = await this.messaging.visibleTo(p, conversationId);
    if (row.holderStaffId && row.holderStaffId !== p.staffId) throw new AppError('held_by_colleague', 409, 'Only the colleague who holds the conversation can hand it over');
    let colleague: { name: string; profession: Profession } | null = null;
    if (input.staffId) {
      const found = (await this.staffDirectory.careStaffOf(p.activeUnitId)).find((s) => s.id === input.staffId);
      if (!found) throw invalidField('staffId', 'Choose a colleague who works with chats in this unit');
      colleague = { name: `${found.givenName} ${found.familyName}`, profession: found.profession as Profession };
    }
    const now = this.clock.now();
    const messages = await this.db.transaction(async (tx) => {
      const note = await this.messaging.appendIn(tx, { conversationId, clientId: null, author: { kind: 'care', staffId: p.staffId }, kind: 'note', body: input.note, at: now }, appendRule(p, 'note', now));
      const event = await this.messaging.appendIn(tx, { conversationId, clientId: null, author: { kind: 'system' }, kind: 'event', body: '', event: { type: 'handed_over', toQueue: input.queue, toStaffName: colleague?.name ?? null, toStaffProfession: colleague?.profession ?? null }, at: now }, {
        where: open(p),
        set: sql`holder_staff_id = ${input.staffId}, queue = coalesce(${input.queue}, queue), handed_over = true`,
      });
      return [note, event];
    });
    this.afterChange(row, messages);
  }

  /** R-MS-6: care will phone the resident; the resident sees that in the conversation. */
  async callBack(principal: StaffPrincipal, conversationId: string): Promise<void> {
    const p = this.inUnit(principal);
    const row = await this.messaging.visibleTo(p, conversationId);
    await this.record(row, { type: 'call_back' }, { where: open(p), set: null });
  }

  /** R-MS-1: care closes a conversation at any time; the resident may then evaluate it (R-MS-9). */
  async close(principal: StaffPrincipal, conversationId: string): Promise<void> {
    const p = this.inUnit(principal);
    const row = await this.messaging.visibleTo(p, conversationId);
    if (row.closedAt) return;
    const at = this.clock.now().toISOString();
    await this.record(row, { type: 'closed' }, { where: open(p), set: sql`closed_at = ${at}::timestamptz, closed_by_staff_id = ${p.staffId}, waiting_since = null` });
  }

  async colleagues(principal: StaffPrincipal): Promise<ColleaguesResponse> {
    const p = this.inUnit(principal);
    const staff = await this.staffDirectory.careStaffOf(p.activeUnitId);
    return { colleagues: staff.map((s) => ({ staffId: s.id, name: `${s.givenName} ${s.familyName}`, profession: s.profession as Profession })) };
  }

  private inUnit(principal: StaffPrincipal): StaffInUnit {
    assertStaffMay(principal, 'chat.work');
    return principal;
  }

  private async record(row: ConversationRow, event: ConversationEvent, rule: AppendRule): Promise<void> {
    const message = await this.messaging.appendIn(this.db, { conversationId: row.id, clientId: null, author: { kind: 'system' }, kind: 'event', body: '', event, at: this.clock.now() }, rule);
    this.afterChange(row, [message]);
  }

  private afterChange(row: ConversationRow, messages: Message[]): void {
    const ref = refOf(row);
    for (const m of messages) this.delivery.message(ref, m);
    this.delivery.changed(ref);
    if (row.mode === 'live') void this.queue.changedAt(row.unitId);
  }
}

const refOf = (row: ConversationRow): ConversationRef => ({ id: row.id, unitId: row.unitId, residentId: row.residentId });
