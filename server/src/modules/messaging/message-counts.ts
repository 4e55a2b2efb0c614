import { and, count, eq, inArray, isNotNull, isNull, min, sql } from 'drizzle-orm';
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

  byMonth(unitIds: string[], months: MonthRange): Promise<MonthCounts> {
    const atUnits = unitIds.length ? inArray(messages.conversationId, this.db.select({ id: conversations.id }).from(conversations).where(inArray(conversations.unitId, unitIds))) : sql`false`;
    return countByMonth(this.db, messages, messages.createdAt, months, and(eq(messages.kind, 'text'), atUnits));
  }
}
