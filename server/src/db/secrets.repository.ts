import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { serviceSecrets } from './schema/index.ts';

/** The named secret, made (by default 32 random bytes, base64url) by whichever process asks first. */
export async function serviceSecret(db: Db, name: string, make: () => string = () => randomBytes(32).toString('base64url')): Promise<string> {
  await db.insert(serviceSecrets).values({ name, value: make() }).onConflictDoNothing();
  const [row] = await db.select().from(serviceSecrets).where(eq(serviceSecrets.name, name));
  return row!.value;
}
