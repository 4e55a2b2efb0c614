import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { LocalMailbox } from '../server/src/adapters/mailbox/local-mailbox.adapter.ts';
import type { Db } from '../server/src/db/client.ts';
import { documentsRepository } from '../server/src/modules/documents/documents.repository.ts';
import { UNREAD_PRINT_AFTER_MS } from '../server/src/modules/documents/documents.rules.ts';
import { demoStaffPrincipal } from '../server/src/seed/demo-documents.ts';
import { type BackendKind, BenchApp, openBenchDatabase } from './support/bench-app.ts';
import { type BenchResult, goal, timed } from './support/report.ts';

/**
 * R-DC-1…6 at a region's scale. An invitation batch: every one of N residents (default 100,000) with a
 * coming visit at Visby vårdcentral gets an e-invitation through the product path (DocumentSender:
 * care relation, mailbox look-up, the routing rule over account, proxies, exceptions, the stored
 * decision), eight at a time. The mix, by resident number mod 10: 0–2 app only, 3–4 mailbox only,
 * 5 both, 6 neither, 7–8 children under 13 whose guardian has the app, 9 reserve numbers. Then the PDFs
 * of a sample are rendered (rendering is lazy in the product: on opening, mailbox delivery or printing),
 * and the 48-hour print-list job runs over a million documents. Asserts nothing lost or routed twice.
 */
const N = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const PRINT_LIST_DOCUMENTS = Number(process.env.BENCH_PRINT_LIST_DOCUMENTS ?? 1_000_000);
const RENDER_SAMPLE = 300;
const CONCURRENCY = 8;
const NOW = new Date('2026-11-22T09:00:00Z');
const iso = NOW.toISOString();

const identifierOf = (i: number) => `41${String(i).padStart(10, '0')}`;

async function seedPopulation(db: Db): Promise<void> {
  await db.execute(sql`
    insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
    select '41' || lpad(i::text, 10, '0'), case when i % 10 = 9 then 'reserve' else 'personnummer' end,
      case when i % 10 in (7, 8) then date '2017-01-01' + (i % 1000) else date '1950-01-01' + (i % 15000) end,
      'Bench', 'Person', 'Gotlands län'
    from generate_series(1, ${N}) i`);
  await db.execute(sql`
    insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
    select id, '2026-11-01', ${iso}::timestamptz, true, true, ${iso}::timestamptz from residents
    where identifier like '41%' and substr(identifier, 3)::bigint % 10 in (0, 1, 2, 5)`);
  await db.execute(sql`
    insert into guardianships (guardian_id, child_id)
    select g.id, c.id from residents c join residents g on g.identifier = '41' || lpad((substr(c.identifier, 3)::bigint - 7)::text, 10, '0')
    where c.identifier like '41%' and substr(c.identifier, 3)::bigint % 10 in (7, 8) and substr(c.identifier, 3)::bigint > 7`);
  await db.execute(sql`
    insert into bookings (resident_id, unit_id, appointment_type_id, starts_at, ends_at, mode, status, source)
    select r.id, t.unit_id, t.id, ${iso}::timestamptz + interval '5 days', ${iso}::timestamptz + interval '5 days 30 minutes', 'visit', 'booked', 'staff'
    from residents r, (select a.id, a.unit_id from appointment_types a join care_units u on u.id = a.unit_id where u.name = 'Visby vårdcentral' and a.code = 'LAK') t
    where r.identifier like '41%'`);
  await db.execute(sql`analyze`);
}

async function pool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** A million sent documents in every state the print-list job must tell apart, half of them due. */
async function seedPrintListDocuments(db: Db, unitId: string, staffId: string, residentId: string): Promise<void> {
  const sent = new Date(NOW.getTime() - UNREAD_PRINT_AFTER_MS - 3_600_000).toISOString();
  const recent = new Date(NOW.getTime() - 3_600_000).toISOString();
  await db.execute(sql`
    insert into documents (unit_id, resident_id, kind, content, routing, status, created_by_staff_id, request_id, created_at, sent_at, in_app, read_at, mailbox_state, print_queued_at)
    select ${unitId}, ${residentId}, 'referral_confirmation', '{}'::jsonb, '{"app":[],"mailbox":null,"print":null,"reasons":[]}'::jsonb, 'sent', ${staffId}, gen_random_uuid(),
      ${iso}::timestamptz, case when i % 2 = 0 then ${sent}::timestamptz else ${recent}::timestamptz end,
      i % 5 <> 4, case when i % 7 = 0 then ${iso}::timestamptz end, case when i % 11 = 0 then 'delivered' end, case when i % 13 = 0 then ${iso}::timestamptz end
    from generate_series(1, ${PRINT_LIST_DOCUMENTS}) i`);
  await db.execute(sql`analyze documents`);
}

async function measure(kind: BackendKind): Promise<Record<string, number>> {
  const database = await openBenchDatabase(kind, 'documents_bench');
  const mailboxes = new Map<string, 'Kivra'>();
  for (let i = 1; i <= N; i++) if ([3, 4, 5].includes(i % 10)) mailboxes.set(identifierOf(i), 'Kivra');
  const bench = await BenchApp.start(database, NOW, new LocalMailbox(mailboxes));
  const db = database.db;
  try {
    const [, seedMs] = await timed(() => seedPopulation(db));
    const maria = await demoStaffPrincipal(db, 'maria-ek', 'visby-vc');
    const rows = (await db.execute(sql`select b.id as booking, b.resident_id as resident from bookings b join residents r on r.id = b.resident_id where r.identifier like '41%'`)) as unknown as { rows: { booking: string; resident: string }[] };
    const sender = bench.services.documents.sender;
    const requests = rows.rows.map((r) => ({ ...r, requestId: randomUUID() }));
    let failures = 0;
    const [, sendMs] = await timed(() =>
      pool(requests, async (r) => {
        await sender.send(maria, r.resident, { kind: 'e_invitation', requestId: r.requestId, bookingId: r.booking, body: 'Välkommen till Visby vårdcentral.', links: [], attachmentIds: [] }).catch(() => failures++);
      }),
    );
    // A replay of the first thousand sends creates nothing.
    await pool(requests.slice(0, 1000), async (r) => {
      await sender.send(maria, r.resident, { kind: 'e_invitation', requestId: r.requestId, bookingId: r.booking, body: 'Igen.', links: [], attachmentIds: [] });
    });
    const count = async (q: ReturnType<typeof sql>) => Number(((await db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const stored = await count(sql`select count(*)::int as n from documents d join residents r on r.id = d.resident_id where r.identifier like '41%'`);
    const residentsWithOne = await count(sql`select count(distinct d.resident_id)::int as n from documents d join residents r on r.id = d.resident_id where r.identifier like '41%'`);
    const byRoute = async (where: ReturnType<typeof sql>) => count(sql`select count(*)::int as n from documents d join residents r on r.id = d.resident_id where r.identifier like '41%' and ${where}`);
    const inApp = await byRoute(sql`d.in_app`);
    const mailbox = await byRoute(sql`d.mailbox_state is not null`);
    const printNow = await byRoute(sql`d.print_queued_at is not null`);
    const nowhere = await byRoute(sql`not d.in_app and d.mailbox_state is null and d.print_queued_at is null`);

    const sample = await db.execute(sql`select d.id from documents d join residents r on r.id = d.resident_id where r.identifier like '41%' limit ${RENDER_SAMPLE}`);
    const sampleRows = await Promise.all((sample as unknown as { rows: { id: string }[] }).rows.map((r) => documentsRepository.byId(db, r.id)));
    const [, renderMs] = await timed(async () => {
      for (const row of sampleRows) await bench.services.documents.files.pdf(row!);
    });

    await db.execute(sql`delete from document_app_recipients`);
    await db.execute(sql`delete from documents`);
    const anyResident = rows.rows[0]!.resident;
    const [, printSeedMs] = await timed(() => seedPrintListDocuments(db, maria.activeUnitId, maria.staffId, anyResident));
    const due = await count(sql`select count(*)::int as n from documents where in_app and read_at is null and mailbox_state is null and print_queued_at is null and sent_at <= ${new Date(NOW.getTime() - UNREAD_PRINT_AFTER_MS).toISOString()}::timestamptz`);
    const [moved, jobMs] = await timed(() => bench.services.documents.jobs.movePrintDue());
    const [again, idleJobMs] = await timed(() => bench.services.documents.jobs.movePrintDue());
    return {
      seed_s: Math.round(seedMs / 100) / 10,
      sent: N,
      send_failures: failures,
      documents_stored: stored,
      lost: N - stored,
      routed_twice: stored - residentsWithOne,
      in_app: inApp,
      to_mailbox: mailbox,
      print_list_at_once: printNow,
      with_nowhere_to_go: nowhere,
      routed_per_s: Math.round(N / (sendMs / 1000)),
      rendered_per_s_one_core: Math.round(RENDER_SAMPLE / (renderMs / 1000)),
      print_list_seed_s: Math.round(printSeedMs / 100) / 10,
      print_list_documents: PRINT_LIST_DOCUMENTS,
      print_list_due: due,
      print_list_moved: moved,
      print_list_job_s: Math.round(jobMs / 10) / 100,
      print_list_job_again_moved: again,
      print_list_job_again_ms: Math.round(idleJobMs),
    };
  } finally {
    await bench.close();
  }
}

export async function run(): Promise<BenchResult> {
  const metrics: Record<string, number | string> = {};
  const results: Partial<Record<BackendKind, Record<string, number>>> = {};
  for (const kind of (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',') as BackendKind[]) {
    console.log(`Sending ${N.toLocaleString('en')} invitations and running the print list over ${PRINT_LIST_DOCUMENTS.toLocaleString('en')} documents on ${kind}…`);
    results[kind] = await measure(kind);
    for (const [k, v] of Object.entries(results[kind]!)) metrics[`${kind}_${k}`] = v;
  }
  const goals: BenchResult['goals'] = {};
  for (const [kind, r] of Object.entries(results)) {
    goals[`${kind}_documents_lost`] = goal(r.lost! + r.send_failures!, '<= 0');
    goals[`${kind}_documents_routed_twice`] = goal(r.routed_twice!, '<= 0');
    goals[`${kind}_documents_with_nowhere_to_go`] = goal(r.with_nowhere_to_go!, '<= 0');
    goals[`${kind}_print_list_moved_exactly_the_due`] = goal(Math.abs(r.print_list_moved! - r.print_list_due!), '<= 0');
  }
  return { metrics, goals };
}
