import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { residents, staff } from '../../db/schema/index.ts';
import type { MessageAuthor } from './messages.repository.ts';

export interface AuthorName {
  givenName: string | null;
  familyName: string | null;
  profession: string | null;
}

const nobody: AuthorName = { givenName: null, familyName: null, profession: null };
const MAX_CACHED = 10_000;

/**
 * Names on messages just written, without reading the message back. Names change rarely (a new
 * name in the population register), and a stale one lasts only until the process restarts or
 * the cache fills; messages read from the database always carry the current name.
 */
export class AuthorNames {
  private readonly cache = new Map<string, AuthorName>();

  /** `db` is the caller's: inside a transaction it must be the transaction (PGlite has one connection). */
  async of(db: Db, author: MessageAuthor, subjectResidentId: string): Promise<AuthorName> {
    if (author.kind === 'system') return nobody;
    if (author.kind === 'resident' && author.residentId === subjectResidentId) return nobody;
    const key = author.kind === 'care' ? `s:${author.staffId}` : `r:${author.residentId}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const name = author.kind === 'care' ? await staffName(db, author.staffId) : await residentName(db, author.residentId);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, name);
    return name;
  }
}

async function staffName(db: Db, id: string): Promise<AuthorName> {
  const [row] = await db.select({ givenName: staff.givenName, familyName: staff.familyName, profession: staff.profession }).from(staff).where(eq(staff.id, id)).limit(1);
  return row ?? nobody;
}

async function residentName(db: Db, id: string): Promise<AuthorName> {
  const [row] = await db.select({ givenName: residents.givenName, familyName: residents.familyName }).from(residents).where(eq(residents.id, id)).limit(1);
  return row ? { ...row, profession: null } : nobody;
}
