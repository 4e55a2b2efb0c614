import { and, count, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** Months are Swedish calendar months: a meeting at 00:30 on 1 March in Sweden counts in March. */
const startOfLocalMonth = (month: string) => sql`(${`${month}-01 00:00:00`}::timestamp at time zone 'Europe/Stockholm')`;

export interface MonthCounts {
  /** Rows before the first month. */
  before: number;
  /** Rows per month (YYYY-MM) from the first month on; months without rows are absent. */
  perMonth: Map<string, number>;
}

/**
 * Counts rows by the Swedish month of a timestamp column, from `firstMonth` on, and the rows before
 * it, so a running total needs no scan of the whole history past an index.
 */
export async function countByMonth(db: Db, table: PgTable, column: PgColumn, firstMonth: string, where?: SQL): Promise<MonthCounts> {
  const from = startOfLocalMonth(firstMonth);
  const month = sql<string>`to_char(${column} at time zone 'Europe/Stockholm', 'YYYY-MM')`;
  const [before, rows] = await Promise.all([
    db.select({ n: count() }).from(table).where(and(where, lt(column, from))),
    db.select({ month, n: count() }).from(table).where(and(where, gte(column, from))).groupBy(month),
  ]);
  return { before: before[0]?.n ?? 0, perMonth: new Map(rows.map((r) => [r.month, r.n])) };
}
