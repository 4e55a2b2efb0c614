import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database.ts';
import type { Database } from './client.ts';
import { preparedQuery, preparedStatement } from './prepared.ts';
import { regions } from './schema/index.ts';

describe('prepared queries', () => {
  let database: Database;
  const regionByName = preparedQuery((db) => db.select({ id: regions.id }).from(regions).where(eq(regions.name, sql.placeholder('name'))).prepare('test_region_by_name'));

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it('run inside the transaction they are given, so a read sees what the transaction wrote and a rollback leaves nothing behind', async () => {
    expect(await regionByName(database.db).execute({ name: 'Region Prepared' })).toHaveLength(0);
    await database.db.transaction(async (tx) => {
      await tx.insert(regions).values({ code: 'PREP', name: 'Region Prepared' });
      expect(await regionByName(tx).execute({ name: 'Region Prepared' })).toHaveLength(1);
      tx.rollback();
    }).catch(() => undefined);
    expect(await regionByName(database.db).execute({ name: 'Region Prepared' })).toHaveLength(0);
  });

  it('answer each call with its own parameters when the same query runs many times at once', async () => {
    await database.db.insert(regions).values([{ code: 'RA', name: 'Region A' }, { code: 'RB', name: 'Region B' }]);
    const names = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'Region A' : i % 3 === 1 ? 'Region B' : 'Region None'));
    const found = await Promise.all(names.map((name) => regionByName(database.db).execute({ name })));
    expect(found.map((rows) => rows.length)).toEqual(names.map((n) => (n === 'Region None' ? 0 : 1)));
  });

  it('a prepared raw statement answers with its rows for the values given, each call its own', async () => {
    const codes = preparedStatement<{ code: string; n: number }>(
      'test_codes_of_batch',
      sql`select r.code, r.n from jsonb_to_recordset(${sql.placeholder('batch')}::jsonb) as r(code text, n int) join ${regions} g on g.code = r.code order by r.n`,
    );
    await database.db.insert(regions).values({ code: 'RS', name: 'Region S' });
    const [one, two] = await Promise.all([
      codes(database.db).execute({ batch: JSON.stringify([{ code: 'RS', n: 1 }, { code: 'NONE', n: 2 }]) }),
      codes(database.db).execute({ batch: JSON.stringify([{ code: 'RS', n: 7 }]) }),
    ]);
    expect(one).toEqual([{ code: 'RS', n: 1 }]);
    expect(two).toEqual([{ code: 'RS', n: 7 }]);
  });
});
