import { and, count, eq, gt, inArray, isNotNull, isNull, min, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conversations, messages } from '../../db/schema/index.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';
import type { QueueDepth } from '../../platform/metrics.ts';

/** R-UN-5: messages written by residents and care (not notes, answers or events) per month at some units; and what waits for care. */
export class MessageCounts {
  constructor(private readonly db: Db) {}

  /** Operations (R-MS-12 across the region): open conversations where the resident waits for care, and since when the longest. */
  async waitingForCare(): Promise<QueueDepth> {
    const [row] = await this.db
      .select({ count: count(), oldest: min(conversations.waitingSince) })
      .from(conversations)
      .where(and(isNull(conversations.closedAt), isNotNull(conversations.waitingSince)));
    return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  /** Operations: messages residents wrote in open conversations that no one in care has read yet, and the oldest. */
  unreadByCare(): Promise<QueueDepth> {
    return this.unreadMessages(
      and(isNull(conversations.closedAt), gt(conversations.lastResidentSeq, conversations.careReadSeq)),
      and(gt(messages.seq, conversations.careReadSeq), eq(messages.author, 'resident')),
    );
  }

  /** Operations: messages from care that residents have not read yet (what their unread badges add up to), and the oldest. */
  unreadByResidents(): Promise<QueueDepth> {
    return this.unreadMessages(gt(conversations.lastCareSeq, conversations.residentReadSeq), and(gt(messages.seq, conversations.residentReadSeq), ne(messages.author, 'resident')));
  }

  /** Written messages (not notes, answers or events) past a read mark, in conversations whose counters say some are there. */
  private async unreadMessages(conversationsWith: SQL | undefined, messagesWith: SQL | undefined): Promise<QueueDepth> {
    const [row] = await this.db
      .select({ count: count(messages.id), oldest: min(messages.createdAt) })
      .from(conversations)
      .innerJoin(messages, and(eq(messages.conversationId, conversations.id), eq(messages.kind, 'text'), messagesWith))
      .where(conversationsWith);
    return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  byMonth(unitIds: string[], months: MonthRange): Promise<MonthCounts> {
    const atUnits = unitIds.length ? inArray(messages.conversationId, this.db.select({ id: conversations.id }).from(conversations).where(inArray(conversations.unitId, unitIds))) : sql`false`;
    return countByMonth(this.db, messages, messages.createdAt, months, and(eq(messages.kind, 'text'), atUnits));
  }
}
