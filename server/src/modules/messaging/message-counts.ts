import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conversations, messages } from '../../db/schema/index.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';

/** R-UN-5: messages written by residents and care (not notes, answers or events) per month at some units. */
export class MessageCounts {
  constructor(private readonly db: Db) {}

  byMonth(unitIds: string[], months: MonthRange): Promise<MonthCounts> {
    const atUnits = unitIds.length ? inArray(messages.conversationId, this.db.select({ id: conversations.id }).from(conversations).where(inArray(conversations.unitId, unitIds))) : sql`false`;
    return countByMonth(this.db, messages, messages.createdAt, months, and(eq(messages.kind, 'text'), atUnits));
  }
}
