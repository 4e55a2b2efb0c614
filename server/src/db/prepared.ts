import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
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

const dialect = new PgDialect();

/**
 * A raw statement (one `preparedQuery` cannot build: CTEs, a batch as JSON) prepared the same way,
 * its values given as `sql.placeholder(name)`. Planning such a statement took PostgreSQL ~0.3 ms
 * each time, as much as running it for a small batch; prepared, it is planned once per connection.
 */
export function preparedStatement<Row>(name: string, statement: SQL): (db: Db) => { execute(values: Record<string, unknown>): Promise<Row[]> } {
  return preparedQuery((db) => {
    const query = db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false);
    // Both drivers (node-postgres and PGlite) answer a statement without fields with `rows`.
    return { execute: async (values) => ((await query.execute(values)) as { rows: Row[] }).rows };
  });
}
