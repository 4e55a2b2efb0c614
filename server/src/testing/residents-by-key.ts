import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { residents } from '../db/schema/index.ts';
import { residentId } from './test-context.ts';

/** The database id of a demo resident. */
export async function residentDbId(db: Db, key: string): Promise<string> {
  const [row] = await db.select({ id: residents.id }).from(residents).where(eq(residents.identifier, residentId(key)));
  if (!row) throw new Error(`demo resident ${key} is not in the database`);
  return row.id;
}
