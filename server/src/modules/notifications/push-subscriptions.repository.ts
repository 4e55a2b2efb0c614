import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pushSubscriptions } from '../../db/schema/index.ts';

export const pushSubscriptionsRepository = {
  /** A browser's subscription belongs to whoever subscribed it last. */
  async save(db: Db, row: { endpoint: string; residentId: string; p256dh: string; auth: string; createdAt: Date }): Promise<void> {
    await db.insert(pushSubscriptions).values(row).onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { residentId: row.residentId, p256dh: row.p256dh, auth: row.auth, createdAt: row.createdAt } });
  },

  async remove(db: Db, endpoint: string, residentId?: string): Promise<void> {
    await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.endpoint, endpoint), residentId ? eq(pushSubscriptions.residentId, residentId) : undefined));
  },

  of: (db: Db, residentId: string) => db.select().from(pushSubscriptions).where(eq(pushSubscriptions.residentId, residentId)),
};
