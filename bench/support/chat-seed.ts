import { sql } from 'drizzle-orm';
import { createAdapters, createServices } from '../../server/src/composition.ts';
import { loadConfig } from '../../server/src/config/config.ts';
import type { Database, Db } from '../../server/src/db/client.ts';
import { systemClock } from '../../server/src/platform/clock.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';

/**
 * Chat benchmark data: many residents, each with one conversation and a signed-in session, and one
 * staff member per conversation. Inserted with set-based SQL (thousands of rows in a second), but
 * the sessions come from the sessions service, so the server accepts them exactly as after
 * sign-in. Shared by bench/chat.bench.ts and bench/reconnect.bench.ts.
 */
export const UNIT_NAME = 'Visby vårdcentral';

export interface Pair {
  conversationId: string;
  residentCookie: string;
  staffCookie: string;
}

export const rows = async <T>(db: Db, query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Residents with accounts, staff and one conversation per resident, inserted directly. With more
 * than one unit, the others are copies of Visby vårdcentral and conversation i and its staff member
 * are at unit i mod units (staff get `inbox_changed` for their unit, so staff online per unit matters).
 */
export async function seedChat(db: Db, n: number, now: Date, units = 1): Promise<{ conversationId: string; accountId: string; staffId: string; unitId: string }[]> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into care_units (region_id, hsa_id, name, kind, functions, street_address, postal_code, city, phone, connected_at)
    select region_id, hsa_id || '-B' || i, name || ' ' || i, kind, functions, street_address, postal_code, city, phone, connected_at
    from care_units, generate_series(2, ${units}) i where name = ${UNIT_NAME}`);
  const unitRows = await rows<{ id: string }>(db, sql`select id from care_units where name = ${UNIT_NAME} or name like ${`${UNIT_NAME} %`} order by (name = ${UNIT_NAME}) desc, name`);
  const unitIds = unitRows.map((u) => u.id);
  await db.execute(sql`
    insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
    select '33' || lpad(i::text, 10, '0'), 'personnummer', date '1950-01-01' + (i % 20000), 'Chat', 'Person ' || i, 'Gotlands län' from generate_series(1, ${n}) i`);
  await db.execute(sql`
    insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
    select id, '2026-11-01', ${at}::timestamptz, true, true, ${at}::timestamptz from residents where identifier like '33%'`);
  await db.execute(sql`
    insert into staff (hsa_id, personal_number, given_name, family_name, profession)
    select 'SE2321000198-BENCH' || lpad(i::text, 6, '0'), '1980' || lpad(i::text, 8, '0'), 'Bench', 'Sjuksköterska ' || i, 'nurse' from generate_series(1, ${n}) i`);
  const unitArray = `{${unitIds.join(',')}}`;
  // Staff member i and conversation i (numbered from 1, in identifier order) are at unit (i - 1) mod n.
  await db.execute(sql`
    insert into staff_roles (staff_id, unit_id, role)
    select id, (${unitArray}::uuid[])[(substr(hsa_id, 19)::int - 1) % ${unitIds.length} + 1], 'staff' from staff where hsa_id like 'SE2321000198-BENCH%'`);
  await db.execute(sql`
    insert into conversations (unit_id, resident_id, started_by, mode, awaiting, waiting_since, last_message_at, created_at)
    select (${unitArray}::uuid[])[(substr(identifier, 3)::int - 1) % ${unitIds.length} + 1], id, 'resident', 'async', 'care', ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz
    from residents where identifier like '33%'`);
  return rows<{ conversationId: string; accountId: string; staffId: string; unitId: string }>(
    db,
    sql`
    select c.id as "conversationId", a.id as "accountId", s.id as "staffId", c.unit_id as "unitId"
    from (select c.id, c.unit_id, c.resident_id, row_number() over (order by r.identifier) as n from conversations c join residents r on r.id = c.resident_id where r.identifier like '33%') c
    join accounts a on a.resident_id = c.resident_id
    join (select id, row_number() over (order by hsa_id) as n from staff where hsa_id like 'SE2321000198-BENCH%') s on s.n = c.n
    order by c.n`,
  );
}

export function sessionService(database: Database) {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', COOKIE_SECURE: 'false' });
  return createServices(config, database, systemClock, createAdapters(config, systemClock.now())).sessions;
}

/** Real sessions, made the way sign-in makes them (BankID itself is not what is measured). */
export async function mintSessions<T>(items: T[], start: (item: T) => Promise<{ token: string }>): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < items.length; i += 100) {
    const batch = await Promise.all(items.slice(i, i + 100).map(start));
    cookies.push(...batch.map((s) => `sid=${s.token}`));
  }
  return cookies;
}

/** Demo data, then n conversations, each with a resident session and its staff member's session. */
export async function preparePairs(database: Database, n: number, units = 1): Promise<{ pairs: Pair[]; accountIds: string[] }> {
  await seedDemoData(database.db, systemClock.now());
  const conversations = await seedChat(database.db, n, systemClock.now(), units);
  const sessions = sessionService(database);
  const residentCookies = await mintSessions(conversations, (c) => sessions.startForResident(database.db, c.accountId));
  const staffCookies = await mintSessions(conversations, (c) => sessions.startForStaff(database.db, c.staffId, c.unitId));
  return {
    pairs: conversations.map((c, i) => ({ conversationId: c.conversationId, residentCookie: residentCookies[i]!, staffCookie: staffCookies[i]! })),
    accountIds: conversations.map((c) => c.accountId),
  };
}

/** Each bench conversation's last sequence number, as committed. */
export async function lastSeqs(db: Db): Promise<Map<string, number>> {
  const r = await rows<{ id: string; last_seq: number }>(db, sql`select c.id, c.last_seq from conversations c join residents r on r.id = c.resident_id where r.identifier like '33%'`);
  return new Map(r.map((x) => [x.id, x.last_seq]));
}
