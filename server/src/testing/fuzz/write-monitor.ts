import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * Counts committed row changes in every table but the technical ones that any request may touch
 * (a session's last activity, a sign-in in progress, job runs, keys made on first use, and the
 * rate-limit windows, which must count refused attempts too). A trigger
 * counts in a table, so a change rolled back is no change: what the count shows was really kept.
 */
const TECHNICAL_TABLES = ['sessions', 'sign_in_attempts', 'scheduled_jobs', 'service_secrets', 'rate_limit_windows'];

type Rows<T> = { rows: T[] };

export class WriteMonitor {
  private constructor(private readonly db: Db) {}

  static async install(db: Db): Promise<WriteMonitor> {
    await db.execute(sql.raw(`create table fuzz_write_count (id int primary key, n bigint not null, last_table text)`));
    await db.execute(sql.raw(`insert into fuzz_write_count values (1, 0, null)`));
    await db.execute(
      sql.raw(`create function fuzz_count_write() returns trigger language plpgsql as $$
        begin
          update fuzz_write_count set n = n + 1, last_table = tg_table_name where id = 1;
          return null;
        end $$`),
    );
    const tables = ((await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown as Rows<{ tablename: string }>).rows
      .map((r) => r.tablename)
      .filter((t) => !TECHNICAL_TABLES.includes(t) && t !== 'fuzz_write_count' && !t.startsWith('__drizzle'));
    for (const table of tables) {
      await db.execute(sql.raw(`create trigger fuzz_count_write after insert or update or delete on "${table}" for each row execute function fuzz_count_write()`));
    }
    return new WriteMonitor(db);
  }

  async count(): Promise<{ n: number; lastTable: string | null }> {
    const [row] = ((await this.db.execute(sql`select n, last_table from fuzz_write_count where id = 1`)) as unknown as Rows<{ n: string | number; last_table: string | null }>).rows;
    return { n: Number(row!.n), lastTable: row!.last_table };
  }
}
