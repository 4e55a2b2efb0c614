import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Database, openDatabase } from '../db/client.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again on close), so the same suites run on both.
 * PGlite starts from the migrated image that vitest's global setup made (TEST_PGLITE_IMAGE), when there is one.
 */
export async function openTestDatabase(): Promise<Database & { url: string | null }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const image = process.env.TEST_PGLITE_IMAGE;
    return { ...(await openDatabase({ kind: 'pglite-memory', image: image ? new Blob([readFileSync(image)]) : undefined })), url: null };
  }
  const { default: pg } = await import('pg');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: testUrl.toString() });
  return {
    ...database,
    url: testUrl.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
