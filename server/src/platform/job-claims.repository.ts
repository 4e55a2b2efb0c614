import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Rows<T> = { rows: T[] };

/**
 * Claims the job's due run: moves its next run one interval past the database's now, in one
 * statement, only where it was due (or never ran). True for exactly one caller per due run, however
 * many processes ask. The database's clock decides, so processes with skewed clocks agree.
 */
export async function claimDueRun(db: Db, name: string, everyMs: number): Promise<boolean> {
  const result = (await db.execute(sql`
    insert into scheduled_jobs (name, next_run_at, last_started_at)
    values (${name}, now() + ${everyMs} * interval '1 millisecond', now())
    on conflict (name) do update set next_run_at = excluded.next_run_at, last_started_at = excluded.last_started_at
    where scheduled_jobs.next_run_at <= now()
    returning name`)) as unknown as Rows<{ name: string }>;
  return result.rows.length === 1;
}

export async function recordRunEnd(db: Db, name: string, ok: boolean): Promise<void> {
  await db.execute(ok ? sql`update scheduled_jobs set last_finished_at = now() where name = ${name}` : sql`update scheduled_jobs set last_failed_at = now() where name = ${name}`);
}

/**
 * The jobs no process has started for more than `graceRuns` intervals after they were due: the
 * schedulers are stopped or cannot reach the database. A job that never ran counts from now.
 */
export async function lateJobs(db: Db, jobs: readonly { name: string; everyMs: number }[], graceRuns = 2): Promise<string[]> {
  const result = (await db.execute(sql`select name, (extract(epoch from now() - next_run_at) * 1000)::float8 as overdue_ms from scheduled_jobs`)) as unknown as Rows<{
    name: string;
    overdue_ms: number;
  }>;
  const overdue = new Map(result.rows.map((r) => [r.name, Number(r.overdue_ms)]));
  return jobs.filter((job) => (overdue.get(job.name) ?? 0) > graceRuns * job.everyMs).map((job) => job.name);
}
