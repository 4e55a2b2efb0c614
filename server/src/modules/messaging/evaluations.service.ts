import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Errand, EvaluationSummaryResponse } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { conversationEvaluations, conversations } from '../../db/schema/index.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { ResidentPrincipal, StaffPrincipal } from '../../platform/principal.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { MessagingService } from './messaging.service.ts';
import { evaluationOpen } from './messaging.rules.ts';

const notOpen = () => new AppError('evaluation_not_open', 409, 'There is no evaluation to answer for this conversation');

/**
 * R-MS-9: after a chat is closed the resident is asked a few questions once; the answers are kept
 * apart from who gave them and shown per unit for quality follow-up.
 */
export class Evaluations {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly messaging: MessagingService,
    private readonly units: UnitsDirectory,
  ) {}

  async answer(principal: ResidentPrincipal, conversationId: string, input: { satisfaction: number; gotHelp: 'yes' | 'partly' | 'no'; comment: string }): Promise<void> {
    const row = await this.messaging.visibleTo(principal, conversationId);
    if (!evaluationOpen(row.closedAt, false, this.clock.now())) throw notOpen();
    try {
      await this.db.insert(conversationEvaluations).values({ conversationId: row.id, unitId: row.unitId, ...input, answeredAt: this.clock.now() });
    } catch (err) {
      if (isUniqueViolation(err)) throw notOpen();
      throw err;
    }
  }

  async summaryFor(principal: StaffPrincipal): Promise<EvaluationSummaryResponse> {
    assertStaffMay(principal, 'chat.work');
    const unitId = principal.activeUnitId;
    const [counts, closed, comments, unit] = await Promise.all([
      this.db
        .select({ satisfaction: conversationEvaluations.satisfaction, gotHelp: conversationEvaluations.gotHelp, n: sql<number>`count(*)`.mapWith(Number) })
        .from(conversationEvaluations)
        .where(eq(conversationEvaluations.unitId, unitId))
        .groupBy(conversationEvaluations.satisfaction, conversationEvaluations.gotHelp),
      this.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(conversations).where(and(eq(conversations.unitId, unitId), isNotNull(conversations.closedAt))),
      this.db
        .select({ text: conversationEvaluations.comment, at: conversationEvaluations.answeredAt, errand: conversations.errand })
        .from(conversationEvaluations)
        .innerJoin(conversations, eq(conversations.id, conversationEvaluations.conversationId))
        .where(and(eq(conversationEvaluations.unitId, unitId), ne(conversationEvaluations.comment, '')))
        .orderBy(desc(conversationEvaluations.answeredAt))
        .limit(20),
      this.units.byId(unitId),
    ]);
    const answered = counts.reduce((n, c) => n + c.n, 0);
    const bySatisfaction = [1, 2, 3, 4, 5].map((score) => ({ score, count: counts.filter((c) => c.satisfaction === score).reduce((n, c) => n + c.n, 0) }));
    const help = (v: string) => counts.filter((c) => c.gotHelp === v).reduce((n, c) => n + c.n, 0);
    return {
      unitName: unit?.name ?? '',
      answered,
      closedChats: closed[0]?.n ?? 0,
      averageSatisfaction: answered ? Math.round((bySatisfaction.reduce((s, b) => s + b.score * b.count, 0) / answered) * 10) / 10 : null,
      satisfaction: bySatisfaction,
      gotHelp: { yes: help('yes'), partly: help('partly'), no: help('no') },
      comments: comments.map((c) => ({ text: c.text, at: c.at.toISOString(), errand: (c.errand as Errand | null) ?? null })),
    };
  }
}
