import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client.ts';
import { type BackendKind, BenchApp, openBenchDatabase } from './support/bench-app.ts';
import { type BenchResult, goal, percentile, timed } from './support/report.ts';
import type { RushInput, RushOutput } from './support/rush-client.ts';

/**
 * R-BK-4: the vaccination rush (78,000 bookings in one day on Gotland in 2021). A unit publishes
 * 10,000 times; 20,000 signed-in residents race for them over HTTP with high concurrency, each
 * retrying another time when theirs was taken. Beside it, in the same run, the raw rate of
 * single-row INSERTs at the same concurrency and pool size (just before and just after the rush):
 * the floor no booking can beat. Both come after the same warm-up (WARM_UP_BOOKINGS).
 */
const SLOTS = Number(process.env.BENCH_SLOTS ?? 10_000);
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 20_000);
const CONCURRENCY = 200;
const ATTEMPTS = 5;
const NOW = new Date('2026-11-22T09:00:00Z');
const POOL_SIZE = 10;
const DAY = 86_400_000;
/**
 * Bookings made before the rush, of another type at the same unit, by some of the same residents: a
 * rush meets a server that has been serving all day (compiled code, prepared statements on every
 * pooled connection, warm caches), not one just started. The raw inserts get the same warm-up.
 */
const WARM_UP_BOOKINGS = 2_000;

interface Rush {
  bookingsPerS: number;
  p50: number;
  p99: number;
  requests: number;
  booked: number;
  slotFull: number;
  serverErrors: number;
  otherErrors: number;
  overbookedSlots: number;
  placesCountedWrong: number;
  /** The mean of the two below. */
  rawInsertsPerS: number;
  rawInsertsBeforePerS: number;
  rawInsertsAfterPerS: number;
  /** Requests/s the same clients get from an endpoint that does nothing: what two shared cores allow before any booking work. */
  httpFloorPerS: number;
}

async function seedRush(database: Database): Promise<{ slotIds: string[]; warmUpSlotIds: string[] }> {
  const db = database.db;
  const run = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const publish = async (code: string, name: { sv: string; en: string }, count: number, from: string) => {
    const [type] = await run<{ id: string }>(sql`
      insert into appointment_types (unit_id, code, name_sv, name_en, duration_minutes, self_bookable, cancel_cutoff_hours)
      select id, ${code}, ${name.sv}, ${name.en}, 5, true, 24 from care_units where name = 'Vaccinationsmottagningen Visby'
      returning id`);
    await db.execute(sql`
      insert into booking_slots (unit_id, appointment_type_id, starts_at, ends_at, capacity, published_at)
      select t.unit_id, t.id, ${from}::timestamptz + (i * interval '5 minutes'), ${from}::timestamptz + (i * interval '5 minutes') + interval '5 minutes', 1, ${NOW.toISOString()}::timestamptz
      from appointment_types t, generate_series(1, ${count}) i where t.id = ${type!.id}`);
    return (await run<{ id: string }>(sql`select id from booking_slots where appointment_type_id = ${type!.id}`)).map((r) => r.id);
  };
  const slotIds = await publish('RUSH', { sv: 'Vaccination (rusning)', en: 'Vaccination (rush)' }, SLOTS, new Date(NOW.getTime() + 2 * DAY).toISOString());
  const warmUpSlotIds = await publish('WARMUP', { sv: 'Vaccination (tidigare samma dag)', en: 'Vaccination (earlier the same day)' }, WARM_UP_BOOKINGS, new Date(NOW.getTime() + 60 * DAY).toISOString());
  await db.execute(sql`
    insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
    select '32' || lpad(i::text, 10, '0'), 'personnummer', date '1950-01-01' + (i % 20000), 'Rush', 'Person', 'Gotlands län' from generate_series(1, ${RESIDENTS}) i`);
  await db.execute(sql`
    insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
    select id, '2026-11-01', ${NOW.toISOString()}::timestamptz, true, true, ${NOW.toISOString()}::timestamptz from residents where identifier like '32%'`);
  return { slotIds, warmUpSlotIds };
}

/** Signed-in residents: real sessions, made the way sign-in makes them (BankID itself is not what is measured). */
async function signInAll(bench: BenchApp): Promise<{ cookie: string; csrf: string }[]> {
  const rows = ((await bench.database.db.execute(sql`select a.id from accounts a join residents r on r.id = a.resident_id where r.identifier like '32%'`)) as unknown as { rows: { id: string }[] }).rows;
  const sessions: { cookie: string; csrf: string }[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const batch = await Promise.all(rows.slice(i, i + 100).map((r) => bench.services.sessions.startForResident(bench.database.db, r.id)));
    sessions.push(...batch.map((s) => ({ cookie: `sid=${s.token}; csrf=${s.csrfToken}`, csrf: s.csrfToken })));
  }
  return sessions;
}

/** Runs the residents' side (or the floor measurement) in a worker thread and waits for its answer. */
function inWorker<T>(input: RushInput): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./support/ts-worker.mjs', import.meta.url), { argv: [new URL('./support/rush-client.ts', import.meta.url).href], workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Single-row INSERTs of booking-sized rows at the same concurrency, through a pool of the same size
 * (PostgreSQL) or the one PGlite connection. Measured just before and just after the rush, after the
 * same warm-up; the rush is compared with their mean, as the machine's speed drifts between runs.
 */
async function openRawInserts(kind: BackendKind, database: Database, dbUrl: string | null): Promise<{ rate(): Promise<number>; close(): Promise<void> }> {
  await database.db.execute(sql`create table bench_raw (id uuid primary key default gen_random_uuid(), resident_id uuid not null, slot_id uuid not null, request_id uuid unique, created_at timestamptz not null default now())`);
  let insert: () => Promise<unknown>;
  let close = async () => {};
  if (kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: dbUrl!, max: POOL_SIZE });
    // An idle connection the server drops (the bench database going away) must not crash the run and hide why.
    pool.on('error', () => undefined);
    insert = () => pool.query('insert into bench_raw (resident_id, slot_id, request_id) values ($1, $2, $3)', [randomUUID(), randomUUID(), randomUUID()]);
    close = () => pool.end();
  } else {
    insert = () => database.db.execute(sql`insert into bench_raw (resident_id, slot_id, request_id) values (${randomUUID()}, ${randomUUID()}, ${randomUUID()})`);
  }
  const inserts = (count: number) => {
    let next = 0;
    const caller = async () => {
      while (next++ < count) await insert();
    };
    return Promise.all(Array.from({ length: CONCURRENCY }, caller));
  };
  try {
    await inserts(WARM_UP_BOOKINGS);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    async rate() {
      const [, ms] = await timed(() => inserts(RESIDENTS));
      return Math.round((RESIDENTS / ms) * 1000);
    },
    close,
  };
}

async function measure(kind: BackendKind): Promise<Rush> {
  const database = await openBenchDatabase(kind);
  const bench = await BenchApp.start(database, NOW);
  let raw: Awaited<ReturnType<typeof openRawInserts>> | null = null;
  try {
    const { slotIds, warmUpSlotIds } = await seedRush(database);
    const sessions = await signInAll(bench);
    const origin = await bench.app.listen({ host: '127.0.0.1', port: 0 });
    const warmUp = await inWorker<RushOutput>({ mode: 'rush', origin, sessions: sessions.slice(0, WARM_UP_BOOKINGS), slotIds: warmUpSlotIds, concurrency: CONCURRENCY, attempts: ATTEMPTS });
    if (warmUp.serverErrors || warmUp.otherErrors) throw new Error(`warm-up bookings failed: ${JSON.stringify({ ...warmUp, latencies: undefined })}`);
    raw = await openRawInserts(kind, database, bench.database.url);
    const rawBefore = await raw.rate();
    const result = await inWorker<RushOutput>({ mode: 'rush', origin, sessions, slotIds, concurrency: CONCURRENCY, attempts: ATTEMPTS });
    const rawAfter = await raw.rate();
    const httpFloorPerS = await inWorker<number>({ mode: 'floor', origin, sessions, slotIds, concurrency: CONCURRENCY, attempts: 1 });
    const latencies = result.latencies.sort((a, b) => a - b);
    const [check] = ((await database.db.execute(sql`
      select
        (select count(*) from booking_slots s where s.capacity < (select count(*) from bookings b where b.slot_id = s.id and b.status = 'booked'))::int as overbooked,
        (select count(*) from booking_slots s where s.booked <> (select count(*) from bookings b where b.slot_id = s.id and b.status = 'booked'))::int as miscounted`)) as unknown as { rows: { overbooked: number; miscounted: number }[] }).rows;
    return {
      bookingsPerS: Math.round((result.booked / result.elapsedMs) * 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      requests: latencies.length,
      booked: result.booked,
      slotFull: result.slotFull,
      serverErrors: result.serverErrors,
      otherErrors: result.otherErrors,
      overbookedSlots: check!.overbooked,
      placesCountedWrong: check!.miscounted,
      rawInsertsPerS: Math.round((rawBefore + rawAfter) / 2),
      rawInsertsBeforePerS: rawBefore,
      rawInsertsAfterPerS: rawAfter,
      httpFloorPerS,
    };
  } finally {
    await raw?.close();
    await bench.close();
  }
}

export async function run(): Promise<BenchResult> {
  const metrics: Record<string, number | string> = { slots: SLOTS, residents: RESIDENTS, concurrency: CONCURRENCY, pool_size: POOL_SIZE };
  const goals: BenchResult['goals'] = {};
  for (const kind of (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',') as BackendKind[]) {
    console.log(`Vaccination rush on ${kind}: ${RESIDENTS.toLocaleString('en')} residents, ${SLOTS.toLocaleString('en')} times…`);
    const r = await measure(kind);
    for (const [k, v] of Object.entries(r)) metrics[`${kind}_${k}`] = v;
    metrics[`${kind}_ratio_to_raw_inserts`] = Math.round((r.bookingsPerS / r.rawInsertsPerS) * 100) / 100;
    metrics[`${kind}_http_floor_ratio_to_raw_inserts`] = Math.round((r.httpFloorPerS / r.rawInsertsPerS) * 100) / 100;
    goals[`${kind}_overbookings`] = goal(r.overbookedSlots + r.placesCountedWrong, '<= 0');
    goals[`${kind}_server_errors`] = goal(r.serverErrors, '<= 0');
    if (kind === 'postgres') goals.postgres_bookings_vs_raw_inserts = goal(Math.round((r.bookingsPerS / r.rawInsertsPerS) * 100) / 100, '>= 0.5');
  }
  return { metrics, goals };
}
