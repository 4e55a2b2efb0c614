import type { ChatStartOptionsResponse, ChatTriageResponse, Errand, ResidentConversation, ResidentConversationResponse, ResidentConversationsResponse } from '../../../../contracts/messaging.ts';
import type { Answers } from '../../../../contracts/questionnaire.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import { checkTriage, triageProblemText } from '../bookings/triage.rules.ts';
import type { UnitOffers } from '../units/unit-offers.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { ChatDelivery } from './chat-delivery.ts';
import type { ChatQueue } from './chat-queue.ts';
import { type ConversationRow, conversationsRepository } from './conversations.repository.ts';
import { appendRule, type MessagingService } from './messaging.service.ts';
import { evaluationOpen, isLiveChatOpen, triageBlock } from './messaging.rules.ts';
import type { Message, StartChatRequest } from '../../../../contracts/messaging.ts';
import type { ErrandRow } from './chat-settings.service.ts';

type StartInput = Omit<StartChatRequest, 'bookingId'> & { bookingId: string | null };

/**
 * The resident's side of chat (R-MS-2…5, R-MS-10, R-BK-7): where they may write, the errand's
 * questions first, live or asynchronous, and their conversations with unread counts and queue places.
 */
export class ResidentChatService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly offers: UnitOffers,
    private readonly messaging: MessagingService,
    private readonly delivery: ChatDelivery,
    private readonly queue: ChatQueue,
    private readonly units: UnitsDirectory,
    private readonly bookings: BookingsService,
  ) {}

  async startOptions(principal: ResidentPrincipal): Promise<ChatStartOptionsResponse> {
    const { units } = await this.offers.careUnitsOf(principal);
    const writable = units.filter((u) => u.functions.includes('chat'));
    const ids = writable.map((u) => u.id);
    const [settings, errands] = await Promise.all([conversationsRepository.chatSettingsOfUnits(this.db, ids), conversationsRepository.errandsOf(this.db, ids)]);
    const now = this.clock.now();
    return {
      units: writable
        .map((u) => {
          const hours = settings.find((s) => s.unitId === u.id)?.openingHours ?? [];
          return {
            unitId: u.id,
            unitName: u.name,
            liveOpenNow: isLiveChatOpen(hours, now),
            openingHours: hours,
            errands: errands.filter((e) => e.unitId === u.id).map((e) => ({ errand: e.errand as Errand, questionnaire: e.questionnaire })),
          };
        })
        .filter((u) => u.errands.length > 0),
    };
  }

  async checkTriage(principal: ResidentPrincipal, unitId: string, errand: Errand, answers: Answers): Promise<ChatTriageResponse> {
    const row = await this.errandAt(principal, unitId, errand);
    const outcome = checkTriage(row.questionnaire, answers);
    if (outcome.result === 'invalid') throw invalidField(`answers.${outcome.questionId}`, triageProblemText[outcome.problem]);
    return outcome.result === 'stop' ? { result: 'stop', questionId: outcome.questionId, advice: outcome.advice } : { result: 'pass' };
  }

  /**
   * Opens a conversation whose first messages are the answers as a structured block and the
   * resident's text (R-MS-4). A retried start with the same client id opens nothing new.
   */
  async start(principal: ResidentPrincipal, input: StartInput): Promise<{ conversationId: string; replayed: boolean }> {
    const earlier = await conversationsRepository.byStartClientId(this.db, principal.subjectId, input.clientId);
    if (earlier) return { conversationId: earlier.id, replayed: true };
    const errandRow = await this.errandAt(principal, input.unitId, input.errand);
    const triage = checkTriage(errandRow.questionnaire, input.answers);
    if (triage.result === 'invalid') throw invalidField(`answers.${triage.questionId}`, triageProblemText[triage.problem]);
    if (triage.result === 'stop') throw new AppError('triage_stopped', 422, 'Your answers mean this cannot be handled in chat. Follow the advice given.', `answers.${triage.questionId}`);
    const now = this.clock.now();
    if (input.mode === 'live') {
      const settings = await conversationsRepository.chatSettingsOf(this.db, input.unitId);
      if (!isLiveChatOpen(settings?.openingHours ?? [], now)) throw new AppError('live_chat_closed', 409, 'Live chat is closed now; write a message instead', 'mode');
    }
    await this.assertBookingToChange(principal, input);
    let created: { row: ConversationRow; messages: Message[] };
    try {
      created = await this.db.transaction(async (tx) => {
        const row = await conversationsRepository.insert(tx, {
          unitId: input.unitId,
          residentId: principal.subjectId,
          startedBy: 'resident',
          startedByResidentId: principal.residentId,
          startClientId: input.clientId,
          errand: input.errand,
          mode: input.mode,
          bookingId: input.bookingId,
          queue: errandRow.queue,
          awaiting: 'care',
          waitingSince: now,
          lastMessageAt: now,
          createdAt: now,
        });
        const author = { kind: 'resident' as const, residentId: principal.residentId };
        const rule = appendRule(principal, 'reply', now);
        const messages = [
          await this.messaging.appendIn(tx, { conversationId: row.id, clientId: null, author, kind: 'triage', body: '', triage: triageBlock(errandRow.questionnaire, triage.answers), at: now }, rule),
          ...(input.bookingId
            ? [await this.messaging.appendIn(tx, { conversationId: row.id, clientId: null, author: { kind: 'system' }, kind: 'event', body: '', event: { type: 'booking_change', bookingId: input.bookingId }, at: now }, { where: appendRule(principal, 'reply', now).where, set: null })]
            : []),
          await this.messaging.appendIn(tx, { conversationId: row.id, clientId: input.clientId, author, kind: 'text', body: input.message, at: now }, rule),
        ];
        return { row, messages };
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await conversationsRepository.byStartClientId(this.db, principal.subjectId, input.clientId);
      if (!winner) throw err;
      return { conversationId: winner.id, replayed: true };
    }
    const ref = { id: created.row.id, unitId: created.row.unitId, residentId: created.row.residentId };
    for (const m of created.messages) this.delivery.message(ref, m);
    if (input.mode === 'live') await this.queue.changedAt(input.unitId);
    return { conversationId: created.row.id, replayed: false };
  }

  async list(principal: ResidentPrincipal): Promise<ResidentConversationsResponse> {
    const rows = await conversationsRepository.forResident(this.db, principal.subjectId);
    const names = await this.unitNames();
    const places = await this.queue.placesOf(rows.map((r) => r.conversation));
    return { conversations: rows.map((r) => this.view(r.conversation, r.evaluated, r.unread, names, places)) };
  }

  async get(principal: ResidentPrincipal, conversationId: string, afterSeq: number): Promise<ResidentConversationResponse> {
    const row = await this.messaging.visibleTo(principal, conversationId);
    const [messages, [listed], names, places] = await Promise.all([
      this.messaging.messagesAfter(principal, row, afterSeq),
      conversationsRepository.forResident(this.db, principal.subjectId, row.id),
      this.unitNames(),
      this.queue.placesOf([row]),
    ]);
    return { conversation: this.view(row, listed?.evaluated ?? false, listed?.unread ?? 0, names, places), messages };
  }

  private async unitNames(): Promise<Map<string, string>> {
    return new Map((await this.units.all()).map((u) => [u.id, u.name]));
  }

  private view(c: ConversationRow, evaluated: boolean, unread: number, unitNames: Map<string, string>, places: Map<string, { position: number; expectedWaitMinutes: number }>): ResidentConversation {
    return {
      id: c.id,
      unitId: c.unitId,
      unitName: unitNames.get(c.unitId) ?? '',
      errand: (c.errand as Errand | null) ?? null,
      mode: c.mode as ResidentConversation['mode'],
      status: c.closedAt ? 'closed' : 'open',
      startedBy: c.startedBy as ResidentConversation['startedBy'],
      createdAt: c.createdAt.toISOString(),
      lastMessageAt: c.lastMessageAt.toISOString(),
      lastSeq: c.lastSeq,
      unread,
      careReadSeq: c.careReadSeq,
      queue: places.get(c.id) ?? null,
      evaluationPending: evaluationOpen(c.closedAt, evaluated, this.clock.now()),
      canWrite: c.closedAt === null,
    };
  }

  private async errandAt(principal: ResidentPrincipal, unitId: string, errand: Errand): Promise<ErrandRow> {
    await this.offers.assertResidentMayUse(principal, unitId, 'chat');
    const row = await conversationsRepository.errand(this.db, unitId, errand);
    if (!row) throw new AppError('errand_not_offered', 409, 'The unit does not take that errand in chat', 'errand');
    return row;
  }

  /** R-BK-7: a request to cancel or move names one of the person's own coming bookings at that unit. */
  private async assertBookingToChange(principal: ResidentPrincipal, input: StartInput): Promise<void> {
    if (input.errand !== 'booking_change') {
      if (input.bookingId) throw invalidField('bookingId', 'Only a request to cancel or move a time names a booking');
      return;
    }
    if (!input.bookingId) throw invalidField('bookingId', 'Choose the time you want to cancel or move');
    if (!(await this.bookings.isComingAt(input.bookingId, principal.subjectId, input.unitId))) throw new AppError('not_found', 404, 'No coming booking of yours at this unit has that id', 'bookingId');
  }
}
