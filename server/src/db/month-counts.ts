import { and, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** Swedish calendar months, first and last included, as YYYY-MM. */
export interface MonthRange {
  first: string;
  last: string;
}

export interface MonthCounts {
  /** Rows before the first month. */
  before: number;
  /** Rows per month (YYYY-MM) from the first month to the last. */
  perMonth: Map<string, number>;
}

/**
 * Counts rows by the Swedish calendar month of a timestamp column (a meeting at 00:30 on 1 March in
 * Sweden counts in March), from the first month of the range to the last, and the rows before. Each month is one
 * range count on the column's index, so the cost grows with the rows in the window and nothing is
 * computed per row.
 */
export async function countByMonth(db: Db, table: PgTable, column: PgColumn, months: MonthRange, where?: SQL): Promise<MonthCounts> {
  const start = (month: SQL) => sql`((${month}) at time zone 'Europe/Stockholm')`;
  const m = sql.raw('m');
  const inMonth = and(where, gte(column, start(m)), lt(column, start(sql`${m} + interval '1 month'`)));
  const before = and(where, lt(column, start(sql`${`${months.first}-01`}::timestamp`)));
  const result = await db.execute(sql`
    select to_char(m, 'YYYY-MM') as month, (select count(*) from ${table} where ${inMonth})::int as n
    from generate_series(${`${months.first}-01`}::timestamp, ${`${months.last}-01`}::timestamp, interval '1 month') m
    union all
    select 'before', (select count(*) from ${table} where ${before})::int`);
  // Both drivers (node-postgres and PGlite) answer raw SQL with `rows`.
  const rows = (result as unknown as { rows: { month: string; n: number }[] }).rows;
  return {
    before: rows.find((r) => r.month === 'before')?.n ?? 0,
    perMonth: new Map(rows.filter((r) => r.month !== 'before').map((r) => [r.month, Number(r.n)])),
  };
}
