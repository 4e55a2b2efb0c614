import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { sha256 } from '../../platform/tokens.ts';
import { SESSION_COOKIE } from '../../platform/cookies.ts';
import { freePort, ServerProcess } from '../../testing/server-process.ts';

/*
 * ARCHITECTURE, rules of the road: a message is acknowledged only after it is committed; clients
 * resume from the last sequence number they saw; client ids make retries idempotent. Here the real
 * server is killed with SIGKILL again and again during a burst of 1,000 messages from 20 residents,
 * and restarted on the same port and database. The clients behave as the web client does: they
 * reconnect with backoff, re-subscribe after the highest sequence number they hold, and send every
 * message not yet acknowledged again with the same client id.
 */

const RESIDENTS = 20;
const MESSAGES_EACH = 50;
const TOTAL = RESIDENTS * MESSAGES_EACH;
const MAX_IN_FLIGHT = 3;
const KILLS_MIN = 5;
const KILLS_MAX = 8;
/** Uptime before each kill, in ms; the burst is paced to outlast the last kill by TAIL_MS of uptime. */
const UPTIME_MIN = 1_000;
const UPTIME_MAX = 2_500;
const TAIL_MS = 1_500;
/** After KILLS_MIN kills, no further kill once the burst has run this long (restarts are slow on a busy machine). */
const KILL_BUDGET_MS = 25_000;
const RECONNECT_FIRST_MS = 50;
const RECONNECT_MAX_MS = 400;

type Frame = { type: string; [k: string]: unknown };
type MessageFrame = { type: 'message'; conversationId: string; message: { seq: number; clientId: string | null; body: string } };

/** A small seeded generator, so a failing run can be replayed with CHAT_CRASH_SEED. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, condition: () => boolean, ms: number, fatal: () => string | null, detail: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    const problem = fatal();
    if (problem) throw new Error(problem);
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms. ${detail()}`);
    await sleep(10);
  }
}

/**
 * One browser tab's socket: reconnects with backoff whenever it closes (until stopped), and calls
 * `onHello` on every new connection once the server has greeted it, as the web client does.
 */
class LiveSocket {
  private ws: WebSocket | null = null;
  private delay = RECONNECT_FIRST_MS;
  private stopped = false;
  /** Incremented on every greeted connection. */
  generation = 0;
  open = false;
  connections = 0;
  /** The last reason a connection failed other than the server being down, for the report. */
  lastError: string | null = null;

  constructor(
    private readonly url: string,
    private readonly origin: string,
    private readonly cookie: string,
    private readonly onFrame: (f: Frame) => void,
    private readonly onHello: () => void,
  ) {}

  connect(): void {
    if (this.stopped) return;
    const ws = new WebSocket(this.url, { headers: { cookie: this.cookie, origin: this.origin } });
    this.ws = ws;
    ws.on('message', (data) => {
      const f = JSON.parse(String(data)) as Frame;
      if (f.type === 'hello') {
        this.open = true;
        this.delay = RECONNECT_FIRST_MS;
        this.generation++;
        this.connections++;
        this.onHello();
        return;
      }
      this.onFrame(f);
    });
    ws.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNREFUSED' && err.code !== 'ECONNRESET') this.lastError = err.message;
    });
    ws.on('close', () => {
      if (this.ws !== ws) return;
      this.open = false;
      this.ws = null;
      if (this.stopped) return;
      setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
    });
  }

  send(message: object): boolean {
    if (!this.open || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Drops the connection and opens a fresh one: a resume from the last sequence number. */
  reconnect(): void {
    const ws = this.ws;
    if (!ws) return;
    this.delay = RECONNECT_FIRST_MS;
    this.open = false;
    ws.terminate();
  }

  stop(): void {
    this.stopped = true;
    this.open = false;
    this.ws?.terminate();
    this.ws = null;
  }
}

interface Planned {
  clientId: string;
  body: string;
  conversationId: string;
}

/** A resident's tab: sends its planned messages, keeps a few in flight, and re-sends unacknowledged ones on every reconnect. */
class ResidentClient {
  readonly socket: LiveSocket;
  /** Messages the pacer has released for sending. */
  quota = 0;
  private next = 0;
  /** Sent at least once and not acknowledged: in flight. */
  readonly unacked = new Map<string, Planned>();
  readonly acks = new Map<string, number>();
  readonly sends = new Map<string, number>();
  readonly firstResendAt = new Map<string, number>();
  readonly nacks: string[] = [];
  readonly received: number[] = [];
  subscribedGeneration = 0;
  private lastSeq = 0;

  constructor(
    readonly index: number,
    readonly conversationId: string,
    readonly planned: Planned[],
    wsUrl: string,
    origin: string,
    cookie: string,
  ) {
    this.socket = new LiveSocket(wsUrl, origin, cookie, (f) => this.frame(f), () => this.hello());
  }

  get done(): boolean {
    return this.acks.size === this.planned.length;
  }

  private hello(): void {
    this.socket.send({ type: 'subscribe', conversationId: this.conversationId, afterSeq: this.lastSeq });
    // Every message not acknowledged may or may not be stored: send it again with the same client id.
    for (const p of this.unacked.values()) this.transmit(p);
    this.pump();
  }

  /** Sends new messages while the pacer allows and fewer than MAX_IN_FLIGHT await their ack. */
  pump(): void {
    while (this.socket.open && this.next < this.quota && this.next < this.planned.length && this.unacked.size < MAX_IN_FLIGHT) {
      const p = this.planned[this.next++]!;
      this.unacked.set(p.clientId, p);
      this.transmit(p);
    }
  }

  private transmit(p: Planned): void {
    const n = this.sends.get(p.clientId) ?? 0;
    if (!this.socket.send({ type: 'send', conversationId: p.conversationId, clientId: p.clientId, body: p.body })) return;
    this.sends.set(p.clientId, n + 1);
    if (n === 1) this.firstResendAt.set(p.clientId, Date.now());
  }

  private frame(f: Frame): void {
    if (f.type === 'ack') {
      const clientId = f.clientId as string;
      if (this.acks.has(clientId)) this.nacks.push(`second ack for ${clientId} (seq ${String(f.seq)}, first ${this.acks.get(clientId)})`);
      this.acks.set(clientId, f.seq as number);
      this.unacked.delete(clientId);
      this.pump();
    } else if (f.type === 'nack') {
      this.nacks.push(`nack ${String(f.code)} for ${String(f.clientId)}: ${String(f.message)}`);
      // Keep going so the report is complete: try again later with the same client id, as a user would.
      const p = typeof f.clientId === 'string' ? this.unacked.get(f.clientId) : undefined;
      if (p) setTimeout(() => this.transmit(p), 200);
    } else if (f.type === 'message' && (f as MessageFrame).conversationId === this.conversationId) {
      const seq = (f as MessageFrame).message.seq;
      this.received.push(seq);
      this.lastSeq = Math.max(this.lastSeq, seq);
    } else if (f.type === 'subscribed') {
      this.subscribedGeneration = this.socket.generation;
    }
  }
}

/** A staff member's tab that follows all the conversations and resumes each after the highest number seen. */
class StaffClient {
  readonly socket: LiveSocket;
  readonly received = new Map<string, number[]>();
  readonly lastSeq = new Map<string, number>();
  readonly nacks: string[] = [];
  /** Conversations confirmed subscribed on the current connection. */
  subscribed = new Set<string>();

  constructor(
    readonly conversationIds: string[],
    wsUrl: string,
    origin: string,
    cookie: string,
  ) {
    for (const c of conversationIds) this.received.set(c, []);
    this.socket = new LiveSocket(wsUrl, origin, cookie, (f) => this.frame(f), () => this.hello());
  }

  private hello(): void {
    this.subscribed = new Set();
    for (const c of this.conversationIds) this.socket.send({ type: 'subscribe', conversationId: c, afterSeq: this.lastSeq.get(c) ?? 0 });
  }

  private frame(f: Frame): void {
    if (f.type === 'message') {
      const m = f as MessageFrame;
      this.received.get(m.conversationId)?.push(m.message.seq);
      this.lastSeq.set(m.conversationId, Math.max(this.lastSeq.get(m.conversationId) ?? 0, m.message.seq));
    } else if (f.type === 'subscribed') {
      this.subscribed.add(f.conversationId as string);
    } else if (f.type === 'nack') {
      this.nacks.push(`nack ${String(f.code)}: ${String(f.message)}`);
    }
  }
}

/** Problems with one delivery stream: duplicates, gaps, order. Empty when it is exactly 1..n once each. */
function streamProblems(who: string, received: number[], stored: number[]): string[] {
  const problems: string[] = [];
  const counts = new Map<number, number>();
  for (const s of received) counts.set(s, (counts.get(s) ?? 0) + 1);
  const dup = [...counts].filter(([, n]) => n > 1).map(([s, n]) => `${s}×${n}`);
  const missing = stored.filter((s) => !counts.has(s));
  const extra = [...counts.keys()].filter((s) => !stored.includes(s));
  if (dup.length) problems.push(`${who}: received twice or more: seq ${dup.join(', ')}`);
  if (missing.length) problems.push(`${who}: never received seq ${missing.join(', ')}`);
  if (extra.length) problems.push(`${who}: received seq not stored: ${extra.join(', ')}`);
  if (!dup.length && received.some((s, i) => i > 0 && s < received[i - 1]!)) problems.push(`${who}: received out of order: ${received.join(',')}`);
  return problems;
}

function listed(label: string, items: string[], max = 20): string[] {
  if (items.length === 0) return [];
  return [`${label} (${items.length}): ${items.slice(0, max).join('; ')}${items.length > max ? '; …' : ''}`];
}

// The server holds PGlite's data folder locked, so nothing beside it could write the sessions this
// test signs its clients in with; on PostgreSQL both sides share the server.
describe.runIf(process.env.DATABASE_URL)('chat under crashes: kill -9 during a burst of 1,000 messages (PostgreSQL only: the test writes sessions beside the running server)', () => {
  const adminUrl = process.env.DATABASE_URL!;
  const dbName = `test_${randomUUID().replaceAll('-', '')}`;
  let db: pg.Client | null = null;
  let server: ServerProcess | null = null;
  let created = false;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    created = true;
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    server = new ServerProcess(await freePort(), { DATABASE_URL: url.toString(), SEED_DEMO_DATA: 'true' });
    // The server migrates and seeds the demo region at start.
    await server.start(45_000);
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
  });

  afterAll(async () => {
    await server?.stop();
    await db?.end().catch(() => undefined);
    if (created) {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${dbName} with (force)`);
      await dropper.end();
    }
  });

  it('every acknowledged message is stored exactly once, and every message reaches the staff member once after resume', async () => {
    const started = Date.now();
    const seed = Number(process.env.CHAT_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = mulberry32(seed);
    const srv = server!;
    const sql = db!;
    const rows = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows as T[];

    // --- Residents with accounts, one open asynchronous conversation each at Visby vårdcentral, sessions.
    const [visby] = await rows<{ id: string }>(`select id from care_units where name = 'Visby vårdcentral'`);
    const [johan] = await rows<{ id: string }>(`select id from staff where given_name = 'Johan' and family_name = 'Holm'`);
    expect(visby && johan, 'demo seed: Visby vårdcentral and Johan Holm').toBeTruthy();
    const now = new Date();
    const residents = await rows<{ id: string }>(
      `insert into residents (identifier, identifier_kind, birth_date, given_name, family_name, registered_county)
       select '34' || lpad(i::text, 10, '0'), 'personnummer', date '1960-01-01' + i, 'Krasch', 'Person ' || i, 'Gotlands län'
       from generate_series(1, $1::int) i order by i returning id`,
      [RESIDENTS],
    );
    const accounts = await rows<{ id: string; resident_id: string }>(
      `insert into accounts (resident_id, terms_version, terms_accepted_at, consent_notifications, consent_e_documents, created_at)
       select unnest($1::uuid[]), '2026-11-01', $2, false, false, $2 returning id, resident_id`,
      [residents.map((r) => r.id), now],
    );
    const accountOf = new Map(accounts.map((a) => [a.resident_id, a.id]));
    const conversations = await rows<{ id: string; resident_id: string }>(
      `insert into conversations (unit_id, resident_id, started_by, started_by_resident_id, errand, mode, awaiting, last_message_at, created_at)
       select $1, r, 'resident', r, 'administrative', 'async', 'care', $2, $2 from unnest($3::uuid[]) r returning id, resident_id`,
      [visby!.id, now, residents.map((r) => r.id)],
    );
    const conversationOf = new Map(conversations.map((c) => [c.resident_id, c.id]));
    // Sessions made as SessionService.start makes them: the cookie carries a token, the row its SHA-256.
    const session = async (who: { kind: 'resident'; accountId: string } | { kind: 'staff'; staffId: string; unitId: string }) => {
      const token = randomBytes(32).toString('base64url');
      await sql.query(
        `insert into sessions (token_hash, csrf_token, principal_kind, account_id, staff_id, active_unit_id, created_at, last_seen_at, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
        [sha256(token), randomBytes(32).toString('base64url'), who.kind, who.kind === 'resident' ? who.accountId : null, who.kind === 'staff' ? who.staffId : null, who.kind === 'staff' ? who.unitId : null, now, new Date(now.getTime() + 3_600_000)],
      );
      return `${SESSION_COOKIE}=${token}`;
    };

    const wsUrl = `${srv.url.replace('http', 'ws')}/api/ws`;
    const origin = new URL(srv.url).origin;
    const clients: ResidentClient[] = [];
    for (const [i, r] of residents.entries()) {
      const conversationId = conversationOf.get(r.id)!;
      const planned = Array.from({ length: MESSAGES_EACH }, (_, j) => ({ clientId: randomUUID(), body: `Krasch r${i} m${j}`, conversationId }));
      clients.push(new ResidentClient(i, conversationId, planned, wsUrl, origin, await session({ kind: 'resident', accountId: accountOf.get(r.id)! })));
    }
    const staffClient = new StaffClient(clients.map((c) => c.conversationId), wsUrl, origin, await session({ kind: 'staff', staffId: johan!.id, unitId: visby!.id }));

    // --- A crash of the server itself (not one of our kills) ends the test at once, with its output.
    let fatal: string | null = null;
    srv.onUnexpectedExit((e) => {
      fatal = `the server exited on its own (code ${e.code}, signal ${e.signal}):\n${e.outputTail}`;
    });
    const fatalNow = () => fatal;

    // --- The schedule: K kills, each after a random uptime, at a moment when messages are on their way.
    // The burst is paced to outlast the last kill; on a slow machine (restarts take long) the killer
    // stops after KILLS_MIN once the time budget is spent, and the rest of the burst follows at once.
    const plannedKills = KILLS_MIN + Math.floor(random() * (KILLS_MAX - KILLS_MIN + 1));
    const uptimes = Array.from({ length: plannedKills }, () => UPTIME_MIN + random() * (UPTIME_MAX - UPTIME_MIN));
    const rate = TOTAL / (uptimes.reduce((a, b) => a + b, 0) + TAIL_MS);
    let uptime = 0;
    let up = true;
    let released = 0;
    let releaseAllAt = Infinity;
    let lastTick = Date.now();
    const pacer = setInterval(() => {
      const t = Date.now();
      if (up) uptime += t - lastTick;
      lastTick = t;
      const allowed = uptime >= releaseAllAt ? TOTAL : Math.min(TOTAL, Math.floor(rate * uptime));
      while (released < allowed) clients[released++ % RESIDENTS]!.quota++;
      for (const c of clients) c.pump();
    }, 10);

    const inFlight = () => clients.reduce((n, c) => n + (c.socket.open ? c.unacked.size : 0), 0);
    const inFlightAtKill: number[] = [];
    const downtimes: number[] = [];
    const burstStart = Date.now();
    const killer = (async () => {
      for (const [k, wait] of uptimes.entries()) {
        if (k >= KILLS_MIN && Date.now() - burstStart > KILL_BUDGET_MS) break;
        const startedUp = uptime;
        while (uptime - startedUp < wait) await sleep(5);
        // A little later than planned, and once a message is on its way (if one comes within a second).
        await sleep(random() * 20);
        const latest = Date.now() + 1_000;
        while (inFlight() === 0 && Date.now() < latest) await new Promise((r) => setImmediate(r));
        inFlightAtKill.push(inFlight());
        up = false;
        const down = Date.now();
        await srv.kill();
        await srv.start();
        downtimes.push(Date.now() - down);
        up = true;
      }
      releaseAllAt = uptime + TAIL_MS;
    })();

    try {
      for (const c of clients) c.socket.connect();
      staffClient.socket.connect();
      await killer;
      const pending = () => clients.flatMap((c) => [...c.planned.filter((p) => !c.acks.has(p.clientId))].map((p) => p.clientId));
      await until('every message acknowledged after the last restart', () => clients.every((c) => c.done), 45_000, fatalNow, () => `Never acknowledged: ${pending().slice(0, 20).join(', ')}. Socket errors: ${clients.map((c) => c.socket.lastError).filter(Boolean).slice(0, 3).join('; ') || 'none'}`);

      // --- Resume once more on a fresh connection, and wait until everything is in: a catch-up from the last seq.
      const before = [...clients.map((c) => c.socket.generation), staffClient.socket.generation];
      for (const c of clients) c.socket.reconnect();
      staffClient.socket.reconnect();
      const resumed = (s: LiveSocket, i: number) => s.open && s.generation > before[i]!;
      await until('the staff member re-subscribed to every conversation', () => resumed(staffClient.socket, RESIDENTS) && staffClient.subscribed.size === RESIDENTS, 20_000, fatalNow, () => `subscribed to ${staffClient.subscribed.size}`);
      await until('every resident re-subscribed', () => clients.every((c, i) => resumed(c.socket, i) && c.subscribedGeneration === c.socket.generation), 20_000, fatalNow);
    } finally {
      clearInterval(pacer);
      await killer.catch(() => undefined);
      for (const c of clients) c.socket.stop();
      staffClient.socket.stop();
    }

    // --- What is stored.
    const stored = await rows<{ conversation_id: string; seq: number; client_id: string | null; body: string; author_resident_id: string | null; created_at: Date }>(
      `select conversation_id, seq, client_id, body, author_resident_id, created_at from messages where conversation_id = any($1::uuid[]) order by conversation_id, seq`,
      [clients.map((c) => c.conversationId)],
    );
    const lastSeqs = new Map((await rows<{ id: string; last_seq: number }>(`select id, last_seq from conversations where id = any($1::uuid[])`, [clients.map((c) => c.conversationId)])).map((r) => [r.id, r.last_seq]));
    const byClientId = new Map<string, typeof stored>();
    for (const m of stored) byClientId.set(m.client_id ?? 'null', [...(byClientId.get(m.client_id ?? 'null') ?? []), m]);
    const seqsOf = new Map<string, number[]>();
    for (const m of stored) seqsOf.set(m.conversation_id, [...(seqsOf.get(m.conversation_id) ?? []), m.seq]);

    const problems: string[] = [];
    // (1) Every acknowledged client id is stored exactly once, at the sequence number acknowledged.
    const ackedNotOnce: string[] = [];
    const ackedWrongSeq: string[] = [];
    for (const c of clients) {
      for (const [clientId, seq] of c.acks) {
        const found = byClientId.get(clientId) ?? [];
        if (found.length !== 1) ackedNotOnce.push(`${clientId} (resident ${c.index}, acked seq ${seq}) stored ${found.length}×`);
        else if (found[0]!.seq !== seq) ackedWrongSeq.push(`${clientId} acked seq ${seq}, stored seq ${found[0]!.seq}`);
      }
    }
    problems.push(...listed('acknowledged but not stored exactly once', ackedNotOnce), ...listed('acknowledged with another seq than stored', ackedWrongSeq));
    // (2) Every message each resident meant to send is stored exactly once, in its conversation, as written.
    const plannedNotOnce: string[] = [];
    const plannedWrong: string[] = [];
    const plannedIds = new Set<string>();
    for (const c of clients) {
      for (const p of c.planned) {
        plannedIds.add(p.clientId);
        const found = byClientId.get(p.clientId) ?? [];
        if (found.length !== 1) plannedNotOnce.push(`${p.clientId} (resident ${c.index}, "${p.body}", sent ${c.sends.get(p.clientId) ?? 0}×, ${c.acks.has(p.clientId) ? 'acked' : 'never acked'}) stored ${found.length}×`);
        else if (found[0]!.conversation_id !== c.conversationId || found[0]!.body !== p.body || found[0]!.author_resident_id !== residents[c.index]!.id) plannedWrong.push(`${p.clientId} stored as ${JSON.stringify(found[0])}`);
      }
    }
    const strays = stored.filter((m) => !m.client_id || !plannedIds.has(m.client_id)).map((m) => `${m.conversation_id}#${m.seq} client id ${m.client_id}`);
    problems.push(...listed('meant to be sent but not stored exactly once', plannedNotOnce), ...listed('stored differently from what was sent', plannedWrong), ...listed('stored without being sent', strays));
    // (3) Per conversation the numbers are 1..n without a gap, and the conversation's counter agrees.
    for (const c of clients) {
      const seqs = seqsOf.get(c.conversationId) ?? [];
      const n = seqs.length;
      if (seqs.some((s, i) => s !== i + 1)) problems.push(`conversation of resident ${c.index}: stored seqs are not 1..${n}: ${seqs.join(',')}`);
      if (lastSeqs.get(c.conversationId) !== n) problems.push(`conversation of resident ${c.index}: last_seq ${lastSeqs.get(c.conversationId)} but ${n} messages`);
    }
    // (4) The staff member received every stored message exactly once, in order; so did each resident.
    for (const c of clients) {
      const stream = seqsOf.get(c.conversationId) ?? [];
      problems.push(...streamProblems(`staff, conversation of resident ${c.index}`, staffClient.received.get(c.conversationId) ?? [], stream));
      problems.push(...streamProblems(`resident ${c.index}`, c.received, stream));
    }
    problems.push(...listed('refusals and surprises on the sockets', [...clients.flatMap((c) => c.nacks.map((n) => `resident ${c.index}: ${n}`)), ...staffClient.nacks]));
    // (5) The server exited only when we killed it, and came back each time.
    const ownKills = srv.exits.filter((e) => e.killed && e.signal === 'SIGKILL').length;
    const otherExits = srv.exits.filter((e) => !e.killed || e.signal !== 'SIGKILL');
    problems.push(...listed('server exits not caused by our kills', otherExits.map((e) => `code ${e.code} signal ${e.signal}: ${e.outputTail}`), 3));
    const kills = inFlightAtKill.length;
    if (kills < KILLS_MIN || srv.kills !== kills || ownKills !== kills || srv.starts !== kills + 1) problems.push(`expected ${kills} (≥ ${KILLS_MIN}) kills and ${kills + 1} starts; killed ${srv.kills} (${ownKills} by SIGKILL), started ${srv.starts}`);

    const resent = clients.flatMap((c) => [...c.firstResendAt]);
    const storedBeforeResend = resent.filter(([clientId, at]) => (byClientId.get(clientId)?.[0]?.created_at.getTime() ?? Infinity) < at).length;
    console.log(
      `chat crash test: ${srv.kills} kills of ${plannedKills} planned (seed ${seed}; in flight at each kill ${inFlightAtKill.join('/')}; restarts ${downtimes.map((d) => (d / 1000).toFixed(1)).join('/')} s), ` +
        `${stored.length} messages stored from ${RESIDENTS} residents, ${resent.length} sent again after a reconnect (${storedBeforeResend} of them committed before the kill, answered from the store), ` +
        `staff reconnected ${staffClient.socket.connections - 1}×, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(stored).toHaveLength(TOTAL);
    expect(srv.kills).toBeGreaterThanOrEqual(KILLS_MIN);
  }, 150_000);
});
