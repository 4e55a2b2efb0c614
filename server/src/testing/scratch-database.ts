import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { CSRF_COOKIE, SESSION_COOKIE } from '../platform/cookies.ts';
import { sha256 } from '../platform/tokens.ts';

export type SessionFor = { kind: 'resident'; accountId: string } | { kind: 'staff'; staffId: string; unitId: string };

/**
 * A database of its own on the PostgreSQL server named by DATABASE_URL, for tests that run the real
 * server as processes beside the test: the test reads and writes it directly, the servers migrate
 * and seed it. Dropped again by `drop()`.
 */
export class ScratchDatabase {
  private constructor(
    readonly url: string,
    readonly client: pg.Client,
    private readonly adminUrl: string,
    private readonly name: string,
  ) {}

  static async create(adminUrl: string): Promise<ScratchDatabase> {
    const name = `test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // Connected lazily: the tables exist once a server has migrated.
    return new ScratchDatabase(url.toString(), new pg.Client({ connectionString: url.toString() }), adminUrl, name);
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async rows<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query(text, values)).rows as T[];
  }

  /** A session made as SessionService makes one (the cookie carries a token, the row its SHA-256); returns the Cookie header and CSRF token. */
  async session(who: SessionFor, now = new Date()): Promise<{ cookie: string; csrf: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    await this.client.query(
      `insert into sessions (token_hash, csrf_token, principal_kind, account_id, staff_id, active_unit_id, created_at, last_seen_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
      [sha256(token), csrf, who.kind, who.kind === 'resident' ? who.accountId : null, who.kind === 'staff' ? who.staffId : null, who.kind === 'staff' ? who.unitId : null, now, new Date(now.getTime() + 3_600_000)],
    );
    return { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`, csrf };
  }

  /** An asynchronous conversation the resident started at the unit, waiting for care, with no messages yet. */
  async residentConversation(unitId: string, residentId: string): Promise<string> {
    const { rows } = await this.client.query<{ id: string }>(
      `insert into conversations (unit_id, resident_id, started_by, started_by_resident_id, errand, mode, awaiting, last_message_at, created_at)
       values ($1, $2, 'resident', $2, 'administrative', 'async', 'care', now(), now()) returning id`,
      [unitId, residentId],
    );
    return rows[0]!.id;
  }

  async drop(): Promise<void> {
    await this.client.end().catch(() => undefined);
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${this.name} with (force)`);
    await admin.end();
  }
}
