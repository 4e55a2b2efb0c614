import { sql } from 'drizzle-orm';
import type { Db } from '../server/src/db/client.ts';
import { type BackendKind, BenchApp, openBenchDatabase } from './support/bench-app.ts';
import { type BenchResult, goal, percentile, timed } from './support/report.ts';

/**
 * R-UN-5: region statistics at a region's full scale. One million residents, 650,000 of them with
 * accounts created over three years, 49 units and a million bookings (400,000 of them completed
 * video meetings); the statistics page's request is measured through the API as a region
 * administrator, on PostgreSQL and on PGlite.
 */
const RESIDENTS = 1_000_000;
const NOW = new Date('2026-11-22T09:00:00Z');
const REQUESTS = 30;

async function seedRegionAtScale(db: Db): Promise<void> {
  await db.execute(sql`
    insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
    select '31' || lpad(i::text, 10, '0'), 'personnummer', date '1930-01-01' + (i % 32000), 'Bench', 'Person', 'Gotlands län'
    from generate_series(1, ${RESIDENTS}) i`);
  await db.execute(sql`
    insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
    select id, '2026-11-01', ${NOW.toISOString()}::timestamptz, true, true, ${NOW.toISOString()}::timestamptz - ((substr(identifier, 5)::bigint * 7919) % 1095) * interval '1 day'
    from residents where identifier like '31%' and substr(identifier, 5)::bigint % 20 < 13`);
  await db.execute(sql`
    insert into care_units (region_id, hsa_id, name, kind, functions, street_address, postal_code, city, phone, connected_at)
    select (select id from regions limit 1), 'SE2321000198-B' || i, 'Enhet ' || i, 'primary_care', array['chat','video'], 'Gatan 1', '621 00', 'Visby', '0498-00 00 00',
      ${NOW.toISOString()}::timestamptz - (i * 27) * interval '1 day'
    from generate_series(1, 40) i`);
  await db.execute(sql`
    insert into bookings (resident_id, unit_id, appointment_type_id, starts_at, ends_at, mode, status)
    select r.id, t.unit_id, t.id, r.at, r.at + interval '20 minutes', case when r.video then 'video' else 'visit' end,
      case when r.at < ${NOW.toISOString()}::timestamptz then 'completed' else 'booked' end
    from (
      select id, substr(identifier, 5)::bigint % 10 < 4 as video,
        ${NOW.toISOString()}::timestamptz + (30 - (substr(identifier, 5)::bigint * 7907) % 1125) * interval '1 day' as at
      from residents where identifier like '31%'
    ) r
    join lateral (
      select a.id, a.unit_id from appointment_types a
      where a.video_allowed = r.video and a.hidden = false and a.self_bookable = false
      order by a.code limit 1
    ) t on true`);
  // A table this size is vacuumed by autovacuum in steady state; PGlite has no autovacuum, so it is left as loaded.
  await db.execute(sql`vacuum analyze`);
}

async function measure(kind: BackendKind): Promise<Record<string, number>> {
  const database = await openBenchDatabase(kind);
  const bench = await BenchApp.start(database, NOW);
  try {
    const [, seedMs] = await timed(() => seedRegionAtScale(database.db));
    const eva = await bench.staff('eva-dahl', 'Regionstyrelseförvaltningen');
    const request = async (months: number) => {
      const [res, ms] = await timed(() => eva.get(`/api/admin/statistics?months=${months}`));
      if (res.statusCode !== 200) throw new Error(`statistics answered ${res.statusCode}: ${res.body}`);
      return [res.json(), ms] as const;
    };
    await request(12);
    const latencies12: number[] = [];
    const latencies36: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      latencies12.push((await request(12))[1]);
      latencies36.push((await request(36))[1]);
    }
    const [body] = await request(12);
    const accounts = body.series.find((s: { key: string }) => s.key === 'accounts').values.at(-1);
    const queryMs = async (work: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) times.push((await timed(work))[1]);
      return percentile(times.sort((a, b) => a - b), 50);
    };
    const units = await bench.services.units.all();
    const range = { first: body.months[0], last: body.months.at(-1) };
    return {
      seed_s: Math.round(seedMs / 100) / 10,
      accounts_counted: accounts,
      request_12_months_p50_ms: percentile(latencies12.sort((a, b) => a - b), 50),
      request_12_months_p95_ms: percentile(latencies12, 95),
      request_36_months_p50_ms: percentile(latencies36.sort((a, b) => a - b), 50),
      request_36_months_p95_ms: percentile(latencies36, 95),
      query_accounts_p50_ms: await queryMs(() => bench.services.accounts.createdByMonth(range)),
      query_units_p50_ms: await queryMs(() => bench.services.units.connectedByMonth(units[0]!.regionId, range)),
      query_video_meetings_p50_ms: await queryMs(() => bench.services.bookings.completedVideoByMonth(units.map((u) => u.id), range)),
    };
  } finally {
    await bench.close();
  }
}

export async function run(): Promise<BenchResult> {
  const metrics: Record<string, number | string> = { residents: RESIDENTS };
  const results: Partial<Record<BackendKind, Record<string, number>>> = {};
  const kinds = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',') as BackendKind[];
  for (const kind of kinds) {
    console.log(`Seeding ${RESIDENTS.toLocaleString('en')} residents on ${kind} and measuring…`);
    results[kind] = await measure(kind);
    for (const [k, v] of Object.entries(results[kind]!)) metrics[`${kind}_${k}`] = v;
  }
  return {
    metrics,
    goals: {
      ...(results.postgres && { statistics_p95_ms_postgres_1m_residents: goal(results.postgres.request_36_months_p95_ms!, '<= 250') }),
      ...(results.pglite && { statistics_p95_ms_pglite_1m_residents: goal(results.pglite.request_36_months_p95_ms!, '<= 1000') }),
    },
  };
}
