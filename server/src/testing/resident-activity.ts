import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { residentActivity } from '../db/schema/index.ts';

/** How many proxy actions are recorded in all (R-PX-5): tests compare it before and after a request. */
export async function residentActivityCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(residentActivity);
  return row!.n;
}
