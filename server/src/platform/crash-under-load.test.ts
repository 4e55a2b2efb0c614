import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReverseProxy } from '../testing/reverse-proxy.ts';
import type { ScratchDatabase } from '../testing/scratch-database.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { TwoProcessesBehindNginx } from '../testing/two-processes.ts';

/*
 * Issue 9: kill -9 a server process 20 times during mixed load (chat, bookings, documents) with two
 * processes running behind nginx; afterwards no acknowledged write is missing or duplicated. The
 * clients behave as the apps do: a request that got no answer, or the proxy's 502, is sent again
 * with the same client or request id until it is answered.
 */

const KILLS = 20;
const UPTIME_MIN_MS = 300;
const UPTIME_MAX_MS = 900;
const BOOKING_RESIDENTS = 400;
const WORKERS = { chatStaff: 2, chatResident: 1, bookings: 3, documents: 2 };
const WRITE_DEADLINE_MS = 60_000;
/** Each client's pause between writes: load enough to have writes in flight at every kill, not so much that restarts crawl. */
const THINK_MS = 40;

type Session = { cookie: string; csrf: string };
type Kind = 'message' | 'booking' | 'document';
type Acknowledged = { kind: Kind; key: string; id: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the clients saw: every write answered, and how often a request had to be sent again. */
class Ledger {
  readonly acknowledged: Acknowledged[] = [];
  readonly attempted = new Map<Kind, Set<string>>([['message', new Set()], ['booking', new Set()], ['document', new Set()]]);
  resent = 0;
  readonly refusals: string[] = [];

  /**
   * Sends one write until it is answered: a network error or a 502/503/504 from the proxy means the
   * process holding it died, so the same request (same id) goes again; any other refusal is a failure.
   */
  async write(kind: Kind, key: string, send: () => Promise<Response>, idOf: (body: any) => string): Promise<void> {
    this.attempted.get(kind)!.add(key);
    const deadline = Date.now() + WRITE_DEADLINE_MS;
    for (;;) {
      let response: Response | null = null;
      try {
        response = await send();
      } catch {
        // The connection broke: the request may or may not have been committed.
      }
      if (response?.ok) {
        this.acknowledged.push({ kind, key, id: idOf(await response.json()) });
        return;
      }
      if (response && ![502, 503, 504].includes(response.status)) {
        this.refusals.push(`${kind} ${response.status}: ${await response.text()}`);
        return;
      }
      if (Date.now() > deadline) {
        this.refusals.push(`${kind}: not answered within ${WRITE_DEADLINE_MS} ms`);
        return;
      }
      this.resent++;
      await sleep(50);
    }
  }

  of(kind: Kind): Acknowledged[] {
    return this.acknowledged.filter((a) => a.kind === kind);
  }
}

describe.runIf(process.env.DATABASE_URL)('kill -9 during mixed load with two server processes (PostgreSQL only: both processes share the server)', () => {
  let cluster: TwoProcessesBehindNginx;
  let db: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let proxy: ReverseProxy;
  const crashes: string[] = [];
  let johan: Session;
  let maria: Session;
  let jonas: Session;
  let erikId: string;
  let conversationId: string;
  let bookers: Session[];
  let slotIds: string[];

  beforeAll(async () => {
    cluster = await TwoProcessesBehindNginx.start(process.env.DATABASE_URL!);
    ({ db, a, b, proxy } = cluster);
    for (const server of [a, b]) server.onUnexpectedExit((exit) => crashes.push(`exit ${exit.code ?? exit.signal}: ${exit.outputTail}`));

    const one = async <T>(text: string, values: unknown[] = []) => (await db.rows<T>(text, values))[0]!;
    const visby = await one<{ id: string }>(`select id from care_units where name = 'Visby vårdcentral'`);
    const staffId = async (given: string, family: string) => (await one<{ id: string }>(`select id from staff where given_name = $1 and family_name = $2`, [given, family])).id;
    const resident = (given: string) => one<{ account_id: string; resident_id: string }>(`select a.id as account_id, r.id as resident_id from residents r left join accounts a on a.resident_id = r.id where r.given_name = $1`, [given]);
    const jonasRow = await resident('Jonas');
    erikId = (await resident('Erik')).resident_id;
    johan = await db.session({ kind: 'staff', staffId: await staffId('Johan', 'Holm'), unitId: visby.id });
    maria = await db.session({ kind: 'staff', staffId: await staffId('Maria', 'Ek'), unitId: visby.id });
    jonas = await db.session({ kind: 'resident', accountId: jonasRow.account_id });
    conversationId = await db.residentConversation(visby.id, jonasRow.resident_id);

    // A vaccination rush in small: one place per time, one time per resident (R-BK-4).
    const type = await one<{ id: string }>(
      `insert into appointment_types (unit_id, code, name_sv, name_en, duration_minutes, self_bookable, cancel_cutoff_hours)
       select id, 'CRASH', 'Vaccination', 'Vaccination', 5, true, 24 from care_units where name = 'Vaccinationsmottagningen Visby' returning id`,
    );
    slotIds = (
      await db.rows<{ id: string }>(
        `insert into booking_slots (unit_id, appointment_type_id, starts_at, ends_at, capacity, published_at)
         select t.unit_id, t.id, now() + interval '2 days' + i * interval '5 minutes', now() + interval '2 days' + (i + 1) * interval '5 minutes', 1, now()
         from appointment_types t, generate_series(1, $2::int) i where t.id = $1 returning id`,
        [type.id, BOOKING_RESIDENTS],
      )
    ).map((r) => r.id);
    const accounts = await db.rows<{ id: string }>(
      `with people as (
         insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
         select '33' || lpad(i::text, 10, '0'), 'personnummer', date '1960-01-01' + i, 'Krasch', 'Person', 'Gotlands län' from generate_series(1, $1::int) i returning id)
       insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
       select id, '2026-11-01', now(), true, true, now() from people returning id`,
      [BOOKING_RESIDENTS],
    );
    bookers = [];
    for (const account of accounts) bookers.push(await db.session({ kind: 'resident', accountId: account.id }));
  }, 180_000);

  afterAll(async () => cluster?.stop());

  const post = (path: string, who: Session, body: object) => () =>
    fetch(`${proxy.url}${path}`, {
      method: 'POST',
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json', origin: proxy.url },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });

  it(`Issue 9: ${KILLS} kills of either process during chat, bookings and documents lose or double no acknowledged write`, async () => {
    const ledger = new Ledger();
    const { now: loadStarted } = (await db.rows<{ now: Date }>('select now()'))[0]!;
    let loadRunning = true;
    const loop = async (writeOne: (i: number) => Promise<void>) => {
      for (let i = 0; loadRunning; i++) {
        await writeOne(i);
        await sleep(THINK_MS);
      }
    };
    const messageId = (body: { message: { id: string } }) => body.message.id;
    let nextBooker = 0;
    const workers = [
      ...Array.from({ length: WORKERS.chatStaff }, (_, w) =>
        loop(async (i) => {
          const clientId = randomUUID();
          await ledger.write('message', clientId, post(`/api/staff/conversations/${conversationId}/messages`, johan, { clientId, body: `Svar ${w}.${i}` }), messageId);
        }),
      ),
      ...Array.from({ length: WORKERS.chatResident }, () =>
        loop(async (i) => {
          const clientId = randomUUID();
          await ledger.write('message', clientId, post(`/api/me/conversations/${conversationId}/messages`, jonas, { clientId, body: `Fråga ${i}` }), messageId);
        }),
      ),
      ...Array.from({ length: WORKERS.bookings }, () =>
        loop(async () => {
          const n = nextBooker++;
          if (n >= bookers.length) {
            await sleep(100);
            return;
          }
          const requestId = randomUUID();
          await ledger.write('booking', requestId, post('/api/me/self-booking', bookers[n]!, { slotId: slotIds[n], answers: {}, requestId }), (body: { bookingId: string }) => body.bookingId);
        }),
      ),
      ...Array.from({ length: WORKERS.documents }, () =>
        loop(async () => {
          const requestId = randomUUID();
          const letter = { kind: 'referral_confirmation', requestId, title: 'Vi har tagit emot din remiss', body: 'Du får en kallelse när det är dags.' };
          await ledger.write('document', requestId, post(`/api/staff/residents/${erikId}/documents`, maria, letter), (body: { document: { id: string } }) => body.document.id);
        }),
      ),
    ];

    const restarts: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(UPTIME_MIN_MS + Math.random() * (UPTIME_MAX_MS - UPTIME_MIN_MS));
      const victim = kill % 2 === 0 ? a : b;
      await victim.kill();
      const started = Date.now();
      await victim.start(60_000);
      restarts.push((Date.now() - started) / 1000);
    }
    await sleep(500);
    loadRunning = false;
    await Promise.all(workers);

    const summary = `restarts ${restarts.map((s) => s.toFixed(1)).join('/')} s; ${ledger.acknowledged.length} writes acknowledged (${ledger.of('message').length} messages, ${ledger.of('booking').length} bookings, ${ledger.of('document').length} documents), ${ledger.resent} requests sent again`;
    console.info(`crash under load: ${a.kills + b.kills} kills; ${summary}`);
    expect(crashes, 'no server process exits unless killed').toEqual([]);
    expect(ledger.refusals.join('\n'), 'no write refused other than by a dead process').toBe('');
    expect(a.kills + b.kills).toBe(KILLS);
    // The kills hit writes in flight: otherwise this test would not have tested anything.
    expect(ledger.resent, summary).toBeGreaterThan(0);
    for (const kind of ['message', 'booking', 'document'] as const) expect(ledger.of(kind).length, `${kind}s acknowledged`).toBeGreaterThan(10);

    const stored = async (kind: Kind, query: string, values: unknown[]) => {
      const rows = await db.rows<{ key: string; ids: string[] }>(query, values);
      const byKey = new Map(rows.map((r) => [r.key, r.ids]));
      for (const ack of ledger.of(kind)) expect(byKey.get(ack.key), `${kind} ${ack.key} stored once, as acknowledged`).toEqual([ack.id]);
      for (const [key, ids] of byKey) expect(ids.length, `${kind} ${key} stored at most once`).toBe(1);
      expect([...byKey.keys()].every((key) => ledger.attempted.get(kind)!.has(key))).toBe(true);
    };
    await stored('message', `select client_id::text as key, array_agg(id::text) as ids from messages where conversation_id = $1 and client_id is not null group by client_id`, [conversationId]);
    await stored('booking', `select request_id::text as key, array_agg(id::text) as ids from bookings where slot_id = any($1::uuid[]) group by request_id`, [slotIds]);
    await stored('document', `select request_id::text as key, array_agg(id::text) as ids from documents where resident_id = $1 and created_at >= $2 group by request_id`, [erikId, loadStarted]);

    const seqs = (await db.rows<{ seq: number }>(`select seq from messages where conversation_id = $1 order by seq`, [conversationId])).map((r) => r.seq);
    expect(seqs, 'sequence numbers with no gap or repeat').toEqual(seqs.map((_, i) => i + 1));
    const miscounted = await db.rows(`select s.id from booking_slots s where s.id = any($1::uuid[]) and s.booked <> (select count(*) from bookings b where b.slot_id = s.id and b.status = 'booked')`, [slotIds]);
    expect(miscounted, 'each time counts exactly the bookings it holds').toEqual([]);
  }, 300_000);
});
