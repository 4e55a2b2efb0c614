import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../../scripts/lib/build-server.mjs';
import { migratedPgliteImage } from '../db/client.ts';

/**
 * Vitest's global setup: on PGlite, initdb and the migrations run once per run, into an image every
 * test file's database starts from (server/src/testing/test-database.ts), instead of once per file.
 * The test processes inherit TEST_PGLITE_IMAGE. The tests that run the server as a process run the
 * bundle `npm start` runs, built here from the sources under test.
 */
export default async function setup(): Promise<() => void> {
  buildServer();
  if (process.env.DATABASE_URL) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'vk-pglite-image-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await (await migratedPgliteImage()).arrayBuffer()));
  process.env.TEST_PGLITE_IMAGE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
