import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { createAdapters, createServices } from '../server/src/composition.ts';
import { loadConfig } from '../server/src/config/config.ts';
import type { ChatBusEvent } from '../server/src/modules/messaging/chat-delivery.ts';
import { systemClock } from '../server/src/platform/clock.ts';
import { PostgresEventBus } from '../server/src/platform/postgres-event-bus.ts';
import type { StaffPrincipal } from '../server/src/platform/principal.ts';
import { openBenchDatabase } from './support/bench-app.ts';
import { type Child, freePort, raiseOwnFdLimit, rssBytes, startServer } from './support/bench-server.ts';
import { lastSeqs, preparePairs } from './support/chat-seed.ts';
import { CpuMeter, waitForQuiet } from './support/cpu-meter.ts';
import { askWorker } from './support/ask-worker.ts';
import type { ReconnectClientSpec, ReconnectCommand, ReconnectInit, ReconnectReport, ReconnectStatus } from './support/reconnect-clients.ts';
import { type BenchResult, goal, percentile } from './support/report.ts';

/**
 * Reconnect storm (issue 9): N WebSocket clients, each a signed-in resident subscribed to their
 * conversation, reconnect after the server restarts, and all must resume within 30 s with nothing
 * missed or doubled.
 *
 * The server is server/src/main.ts as a child process on PostgreSQL, as in production. The restart
 * is what a deploy does: SIGTERM (main.ts closes every socket with the "reconnect" code, 4000, and
 * exits), then a new process on the same port, which is the clients' address. The clients run in
 * worker threads of this process and reconnect with the web app's own policy (see
 * bench/support/reconnect-clients.ts for where each delay comes from), resubscribing with afterSeq =
 * the last number they saw. While the server is down and as the new one starts, one staff reply is
 * committed in every BENCH_RECONNECT_MESSAGE_EVERY-th conversation (through the messaging service
 * of this process, with the PostgreSQL chat bus, so a reply committed after its client resumed is
 * delivered live by the new server): each of those clients must receive exactly that message once.
 *
 * "Resumed" is a `subscribed` frame on a socket opened after the old process exited; a client's
 * resume time is from SIGTERM to that frame. Sizes: BENCH_RECONNECT_CLIENTS (5000),
 * BENCH_RECONNECT_MESSAGE_EVERY (10), BENCH_RECONNECT_TIMEOUT_SECONDS (120), BENCH_WORKERS (2).
 * BENCH_CPU_PROF_DIR writes the new process's CPU profile there.
 */
const CLIENTS = Number(process.env.BENCH_RECONNECT_CLIENTS ?? 5_000);
const MESSAGE_EVERY = Number(process.env.BENCH_RECONNECT_MESSAGE_EVERY ?? 10);
const TIMEOUT_S = Number(process.env.BENCH_RECONNECT_TIMEOUT_SECONDS ?? 120);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const GOAL_S = 30;

const wallNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/**
 * The machine's count of connections dropped because a listening socket's accept queue was full
 * (TcpExt ListenOverflows). A dropped SYN is retried by the client's kernel after 1, 3, 7, 15, 31 s,
 * so overflows show up as slow attempts with the CPU idle. Machine-wide: other work counts too.
 */
function listenOverflows(): number {
  const [keys, values] = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:')).map((l) => l.split(' '));
  return Number(values![keys!.indexOf('ListenOverflows')]);
}

/** The client threads; every command goes to each and the answers come back in thread order. */
class Threads {
  private constructor(private readonly workers: Worker[]) {}

  static start(url: string, clients: ReconnectClientSpec[], threads = WORKERS): Threads {
    const parts: ReconnectClientSpec[][] = Array.from({ length: threads }, () => []);
    clients.forEach((c, i) => parts[i % threads]!.push(c));
    const workers = parts.map(
      (part) =>
        new Worker(new URL('./support/ts-worker.mjs', import.meta.url), {
          argv: [new URL('./support/reconnect-clients.ts', import.meta.url).href],
          workerData: { url, clients: part, connectConcurrency: 100 } satisfies ReconnectInit,
        }),
    );
    for (const w of workers) w.on('error', (err) => console.error('client thread failed:', err));
    return new Threads(workers);
  }

  all<T>(command: ReconnectCommand): Promise<T[]> {
    return Promise.all(this.workers.map((w) => askWorker<T>(w, command)));
  }

  async close(): Promise<void> {
    await this.all({ cmd: 'close' });
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export async function run(): Promise<BenchResult> {
  await raiseOwnFdLimit();
  const metrics: BenchResult['metrics'] = {
    clients: CLIENTS,
    message_every_nth_conversation: MESSAGE_EVERY,
    client_threads: WORKERS,
    server: 'child process (server/src/main.ts) on PostgreSQL; restarted with SIGTERM and a new process on the same port',
    reconnect_policy: 'web/src/shared/realtime/realtime-client.ts: 0–500 ms after close 4000, else 1 s doubling to 30 s; no session check first (a socket without a live session is closed with 4401)',
    machine_cores: availableParallelism(),
  };
  const database = await openBenchDatabase('postgres', 'bench_reconnect');
  const url = database.url!;
  let bus: PostgresEventBus<ChatBusEvent> | null = null;
  let threads: Threads | null = null;
  let server: Child | null = null;
  try {
    console.log(`Reconnect storm: ${CLIENTS} residents, each with a conversation and a session`);
    const { pairs } = await preparePairs(database, CLIENTS);
    const seqs = await lastSeqs(database.db);

    // This process commits the replies during the restart, through the product's own messaging service.
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', COOKIE_SECURE: 'false' });
    bus = await PostgresEventBus.start<ChatBusEvent>(url, 'chat_events', { warn: (obj: object, msg: string) => console.warn(msg, obj) } as Pick<FastifyBaseLogger, 'warn'>);
    const services = createServices(config, database, systemClock, createAdapters(config, systemClock.now()), bus);
    const writers: { conversationId: string; staff: StaffPrincipal }[] = [];
    for (let i = 0; i < pairs.length; i += MESSAGE_EVERY) {
      const resolved = await services.sessions.resolve(pairs[i]!.staffCookie.slice('sid='.length));
      if (!resolved || 'ended' in resolved || resolved.principal.kind !== 'staff') throw new Error('staff session did not resolve');
      writers.push({ conversationId: pairs[i]!.conversationId, staff: resolved.principal });
    }

    const port = await freePort();
    server = await startServer('server-before', { url }, { port });
    const wsUrl = `ws://127.0.0.1:${port}/api/ws`;
    const specs = pairs.map((p, i) => ({ conversationId: p.conversationId, cookie: p.residentCookie, afterSeq: seqs.get(p.conversationId) ?? 0, expectMessage: i % MESSAGE_EVERY === 0 }));
    threads = Threads.start(wsUrl, specs);
    const connects = await threads.all<{ connected: number; ms: number }>({ cmd: 'connect' });
    const connected = sum(connects, (c) => c.connected);
    console.log(`  ${connected} of ${CLIENTS} subscribed in ${Math.max(...connects.map((c) => c.ms))} ms`);
    metrics.clients_subscribed_before = connected;
    await sleep(2000);
    metrics.server_rss_before_mb = mb(rssBytes(server.pid));

    // The restart, on a machine as quiet as it gets within 10 s (other work on it slows the storm).
    metrics.waited_for_quiet_machine_s = await waitForQuiet(10);
    await threads.all({ cmd: 'arm' });
    const overflowsBefore = listenOverflows();
    const sigtermAt = wallNow();
    await server.stop();
    const exitedAt = wallNow();
    server = null;
    console.log(`  SIGTERM → old process exited in ${Math.round(exitedAt - sigtermAt)} ms; starting the new one on port ${port}`);
    let healthyAt = 0;
    const starting = startServer('server-after', { url }, { port, cpuProfDir: process.env.BENCH_CPU_PROF_DIR }).then((child) => {
      healthyAt = wallNow();
      server = child;
      return child;
    });
    let committedAt = 0;
    const committing = (async () => {
      for (let i = 0; i < writers.length; i += 50) {
        await Promise.all(
          writers.slice(i, i + 50).map((w) => services.chat.messaging.send(w.staff, w.conversationId, { clientId: randomUUID(), body: 'Svar medan servern startade om.', kind: 'reply', attachmentIds: [], links: [] })),
        );
      }
      committedAt = wallNow();
    })();
    await Promise.all([starting, committing]);
    console.log(`  new process healthy ${seconds(healthyAt - sigtermAt)} s after SIGTERM; ${writers.length} replies committed by ${seconds(committedAt - sigtermAt)} s`);

    // Wait until everyone is back and every reply has arrived (or the time is up), noting whose CPU the storm used.
    const newPid = (server as Child | null)!.pid;
    const meter = new CpuMeter(async () => [process.pid, newPid], () => [newPid]);
    await meter.start();
    let last: ReconnectStatus = { resumed: 0, delivered: 0 };
    for (;;) {
      const parts = await threads.all<ReconnectStatus>({ cmd: 'status', since: exitedAt });
      last = { resumed: sum(parts, (p) => p.resumed), delivered: sum(parts, (p) => p.delivered) };
      if ((last.resumed >= connected && last.delivered >= writers.length) || wallNow() - sigtermAt > TIMEOUT_S * 1000) break;
      await sleep(200);
    }
    const waitedMs = wallNow() - sigtermAt;
    const cpu = await meter.stop();
    metrics.listen_queue_overflows = listenOverflows() - overflowsBefore;
    // A little longer, so a late duplicate would be seen.
    await sleep(2000);
    const reports = await threads.all<ReconnectReport>({ cmd: 'report', since: exitedAt, from: sigtermAt });
    const rss = mb(rssBytes((server as Child | null)!.pid));
    const resumeMs = Float64Array.from(reports.flatMap((r) => r.resumeMs)).sort() as unknown as number[];
    const resumed = resumeMs.length;
    // How long the attempt that got through took (upgrade, hello, subscribe): server throughput, not backoff.
    const starts = reports.flatMap((r) => r.attemptStartMs);
    const durations = Float64Array.from(reports.flatMap((r) => r.resumeMs.map((ms, i) => ms - r.attemptStartMs[i]!))).sort() as unknown as number[];
    const allResumed = resumed >= connected && connected === CLIENTS;
    const attempts = sum(reports, (r) => r.attempts);
    const closeCodes: Record<string, number> = {};
    for (const r of reports) for (const [k, v] of Object.entries(r.closeCodes)) closeCodes[k] = (closeCodes[k] ?? 0) + v;
    const missed = sum(reports, (r) => r.missed);
    const duplicates = sum(reports, (r) => r.duplicates);
    const gaps = sum(reports, (r) => r.gaps);
    const unexpected = sum(reports, (r) => r.unexpected);
    const totalS = allResumed ? seconds(resumeMs[resumeMs.length - 1]!) : seconds(waitedMs);

    Object.assign(metrics, {
      old_process_exit_s: seconds(exitedAt - sigtermAt),
      new_process_healthy_s: seconds(healthyAt - sigtermAt),
      replies_committed: writers.length,
      replies_committed_by_s: seconds(committedAt - sigtermAt),
      clients_resumed: resumed,
      all_resumed_s: allResumed ? totalS : `not all: ${resumed} of ${CLIENTS} after ${seconds(waitedMs)} s`,
      resume_p50_s: seconds(percentile(resumeMs, 50)),
      resume_p95_s: seconds(percentile(resumeMs, 95)),
      resume_max_s: resumed ? seconds(resumeMs[resumed - 1]!) : 0,
      successful_attempt_started_p50_s: seconds(percentile(Float64Array.from(starts).sort() as unknown as number[], 50)),
      successful_attempt_started_max_s: seconds(Math.max(0, ...starts)),
      successful_attempt_took_p50_s: seconds(percentile(durations, 50)),
      successful_attempt_took_p95_s: seconds(percentile(durations, 95)),
      successful_attempt_took_max_s: seconds(durations[durations.length - 1] ?? 0),
      storm_cpu_pct_new_server: cpu.serverPct,
      storm_cpu_pct_bench_clients: cpu.ownPct - cpu.serverPct,
      storm_cpu_pct_other_incl_postgres: cpu.foreignPct,
      storm_cpu_pct_machine: cpu.machinePct,
      reconnect_attempts: attempts,
      reconnect_attempts_per_client: Math.round((attempts / CLIENTS) * 100) / 100,
      reconnect_attempts_max_one_client: Math.max(...reports.map((r) => r.maxAttempts)),
      close_codes: JSON.stringify(closeCodes),
      gave_up: sum(reports, (r) => r.gaveUp),
      replies_delivered: last.delivered,
      messages_missed: missed,
      messages_duplicated: duplicates,
      sequence_gaps: gaps,
      messages_unexpected: unexpected,
      server_rss_after_mb: rss,
    });
    console.log(
      `  resumed ${resumed}/${CLIENTS}: p50 ${metrics.resume_p50_s} s, p95 ${metrics.resume_p95_s} s, max ${metrics.resume_max_s} s; ${attempts} reconnect attempts; missed ${missed}, duplicated ${duplicates}, gaps ${gaps}, unexpected ${unexpected}; close codes ${metrics.close_codes}`,
    );
    return {
      metrics,
      goals: {
        all_resumed_seconds: goal(allResumed ? totalS : Math.max(seconds(waitedMs), GOAL_S + 0.1), `<= ${GOAL_S}`),
        missed_or_duplicated: goal(missed + duplicates + gaps + unexpected, '<= 0'),
      },
    };
  } finally {
    await threads?.close();
    await (server as Child | null)?.stop();
    await bus?.close();
    await database.close();
  }
}
