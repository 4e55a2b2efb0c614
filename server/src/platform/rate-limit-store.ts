import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Db } from '../db/client.ts';

type Rows<T> = { rows: T[] };
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
/** What the plugin really hands a store's `child`: the route's merged limits, the route itself under `routeInfo`. */
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];

/** Counts one hit in the key's window, opening a new window when the last one has ended; one statement, so processes agree. */
async function countHit(db: Db, key: string, timeWindowMs: number): Promise<{ current: number; ttl: number }> {
  const [row] = ((await db.execute(sql`
    insert into rate_limit_windows (key, window_ends_at, hits)
    values (${key}, now() + ${timeWindowMs} * interval '1 millisecond', 1)
    on conflict (key) do update set
      hits = case when rate_limit_windows.window_ends_at <= now() then 1 else rate_limit_windows.hits + 1 end,
      window_ends_at = case when rate_limit_windows.window_ends_at <= now() then excluded.window_ends_at else rate_limit_windows.window_ends_at end
    returning hits, greatest(0, extract(epoch from window_ends_at - now()) * 1000)::float8 as ttl_ms`)) as unknown as Rows<{ hits: number; ttl_ms: number }>).rows;
  return { current: Number(row!.hits), ttl: Math.ceil(Number(row!.ttl_ms)) };
}

/** Windows that ended long ago; a job removes them. */
export async function removeSpentRateLimitWindows(db: Db): Promise<void> {
  await db.execute(sql`delete from rate_limit_windows where window_ends_at < now() - interval '1 hour'`);
}

/**
 * A store for @fastify/rate-limit in the database, so several server processes behind a load
 * balancer share each limit (sign-in starts, ticket checks). Each route counts apart.
 */
export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;

    constructor(params: unknown = {}) {
      const route = (params as RouteParams).routeInfo;
      this.scope = `${Array.isArray(route?.method) ? route.method.join(',') : (route?.method ?? '')} ${route?.url ?? ''}`;
    }

    child(routeOptions: ChildOptions): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions);
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const hashed = createHash('sha256').update(`${this.scope}|${key}`).digest('base64url');
      countHit(db, hashed, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }
  };
}
