import type { Db } from './client.ts';

/**
 * A query built once per database handle instead of on every call. Drizzle builds a query's SQL
 * anew each time it runs, which for a select of a whole row costs ~0.3 ms of CPU here, four times
 * the round trip itself: on the paths every request takes (the session, a booking) it was what
 * bounded throughput. On PostgreSQL the statement is also parsed once per connection, under
 * `name`, which must be unique to the query's text.
 *
 * A transaction's handle is new each time, so there the query is built once per transaction.
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byHandle = new WeakMap<Db, Q>();
  return (db) => {
    let query = byHandle.get(db);
    if (!query) {
      query = build(db);
      byHandle.set(db, query);
    }
    return query;
  };
}
