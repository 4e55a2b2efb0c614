import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/**
 * One thread of chat clients for bench/chat.bench.ts: the same harness drives the product's
 * WebSocket (`product`), a plain XMPP server over TCP (`xmpp`), or only holds idle sockets (`idle`).
 * Both ends of a 1:1 pair live in the same thread, so send→receive is timed on one clock.
 *
 * "Acked" is what the server promises after a commit: the product's `ack` frame (sent after the
 * message row is committed); for XMPP, the XEP-0198 `<a h/>` answering an `<r/>` sent right after
 * the message, which the server writes only after it has handled the message, its archive insert
 * (mod_mam, synchronous SQL in the sender's session) included.
 */
export interface ChatClientSpec {
  /** Index of the pair (conversation); both ends of a pair are in the same thread. */
  pair: number;
  side: 'resident' | 'staff';
  url: string;
  /** product: session cookie; xmpp: username */
  cookie: string;
  conversationId: string;
  afterSeq: number;
  /** xmpp: the other end's bare JID */
  peer?: string;
}

export interface LoadInit {
  transport: 'product' | 'xmpp' | 'idle';
  clients: ChatClientSpec[];
  xmpp?: { host: string; port: number; domain: string; password: string };
  /** Sockets opened at once while connecting. */
  connectConcurrency: number;
}

export type LoadCommand =
  | { cmd: 'connect' }
  | { cmd: 'warmup' }
  | { cmd: 'open'; rate: number; seconds: number }
  | { cmd: 'closed'; seconds: number }
  | { cmd: 'verify' }
  | { cmd: 'close' };

export interface PhaseOutput {
  sent: number;
  acked: number;
  /** Messages that reached the other end of the pair. */
  received: number;
  nacks: Record<string, number>;
  /** Sent in the window but neither acked nor refused when the drain timed out. */
  unacked: number;
  undelivered: number;
  ackMs: number[];
  receiveMs: number[];
  /** How late the generator sent against its schedule (open loop), ms. */
  lagMs: number[];
  windowMs: number;
  /** Acks that arrived inside the send window. */
  ackedInWindow: number;
}

export interface ConnectOutput {
  connected: number;
  failed: number;
  errors: string[];
  ms: number;
}

export interface VerifyOutput {
  /** Every client id the server acknowledged, for the database check. */
  ackedClientIds: string[];
  /** product: per client, the last sequence number received, and gaps and duplicates seen. */
  followers: { conversationId: string; side: string; lastSeq: number; gaps: number; duplicates: number; messages: number }[];
  /** xmpp: messages received more than once at the other end. */
  duplicateReceipts: number;
  receivedTotal: number;
  serverErrors: number;
  closedUnexpectedly: number;
}

interface SentRecord {
  t0: number;
  from: Client;
  phase: Phase;
  acked: boolean;
  received: boolean;
}

interface Phase {
  out: PhaseOutput;
  windowEnd: number;
  outstanding: number;
  onAck?: (client: Client) => void;
}

interface Client {
  spec: ChatClientSpec;
  peer: Client | null;
  send(clientId: string, body: string): void;
  close(): void;
  lastSeq: number;
  gaps: number;
  duplicates: number;
  messages: number;
  open: boolean;
  closing: boolean;
}

const input = workerData as LoadInit;
const clients: Client[] = [];
const sent = new Map<string, SentRecord>();
const ackedClientIds: string[] = [];
const seenIds = new Set<string>();
let current: Phase | null = null;
let duplicateReceipts = 0;
let receivedTotal = 0;
let serverErrors = 0;
let closedUnexpectedly = 0;

function newPhase(): Phase {
  return { out: { sent: 0, acked: 0, received: 0, nacks: {}, unacked: 0, undelivered: 0, ackMs: [], receiveMs: [], lagMs: [], windowMs: 0, ackedInWindow: 0 }, windowEnd: Infinity, outstanding: 0 };
}

function onAck(clientId: string): void {
  const r = sent.get(clientId);
  if (!r || r.acked) return;
  r.acked = true;
  const now = performance.now();
  r.phase.out.acked++;
  if (now <= r.phase.windowEnd) r.phase.out.ackedInWindow++;
  r.phase.out.ackMs.push(now - r.t0);
  ackedClientIds.push(clientId);
  settle(clientId, r);
  r.phase.onAck?.(r.from);
}

function onNack(clientId: string | null, code: string): void {
  if (code === 'internal_error') serverErrors++;
  const r = clientId ? sent.get(clientId) : undefined;
  const phase = r?.phase ?? current;
  if (phase) phase.out.nacks[code] = (phase.out.nacks[code] ?? 0) + 1;
  if (r && !r.acked) {
    r.acked = true;
    r.received = true;
    settle(clientId!, r);
    r.phase.onAck?.(r.from);
  }
}

/** A message reached `to`; counts only when `to` is the other end of the pair. */
function onReceive(to: Client, clientId: string | null): void {
  receivedTotal++;
  if (!clientId) return;
  const r = sent.get(clientId);
  if (!r || r.from === to) return;
  if (r.received) {
    duplicateReceipts++;
    return;
  }
  r.received = true;
  r.phase.out.received++;
  r.phase.out.receiveMs.push(performance.now() - r.t0);
  settle(clientId, r);
}

function settle(clientId: string, r: SentRecord): void {
  if (r.acked && r.received) {
    sent.delete(clientId);
    r.phase.outstanding--;
  }
}

let seq = 0;
function sendFrom(client: Client, phase: Phase): void {
  const clientId = randomUUID();
  const body = `Bench ${client.spec.side} ${++seq}: hur mår du idag? Jag undrar över min medicin och tiden på torsdag.`;
  sent.set(clientId, { t0: performance.now(), from: client, phase, acked: false, received: false });
  phase.out.sent++;
  phase.outstanding++;
  client.send(clientId, body);
}

// ---------------------------------------------------------------- product (WebSocket)

function productClient(spec: ChatClientSpec, ready: (error?: string) => void): Client {
  // A browser sends the page's Origin; the product's pages are served from the server's own origin.
  const origin = new URL(spec.url.replace(/^ws/, 'http')).origin;
  const ws = new WebSocket(spec.url, { headers: { cookie: spec.cookie }, origin, perMessageDeflate: false });
  let settled = false;
  const done = (error?: string) => {
    if (settled) return;
    settled = true;
    ready(error);
  };
  const client: Client = {
    spec,
    peer: null,
    lastSeq: spec.afterSeq,
    gaps: 0,
    duplicates: 0,
    messages: 0,
    open: false,
    closing: false,
    send: (clientId, body) => ws.send(JSON.stringify({ type: 'send', conversationId: spec.conversationId, clientId, body, kind: 'reply' })),
    close: () => {
      client.closing = true;
      ws.terminate();
    },
  };
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { type: string; clientId?: string | null; code?: string; message?: { seq: number; clientId: string | null } };
    switch (m.type) {
      case 'hello':
        client.open = true;
        if (input.transport === 'idle') done();
        else ws.send(JSON.stringify({ type: 'subscribe', conversationId: spec.conversationId, afterSeq: spec.afterSeq }));
        return;
      case 'subscribed':
        done();
        return;
      case 'ack':
        onAck(m.clientId!);
        return;
      case 'nack':
        if (!settled) done(`nack ${m.code}`);
        onNack(m.clientId ?? null, m.code ?? 'unknown');
        return;
      case 'message': {
        const s = m.message!.seq;
        client.messages++;
        if (s === client.lastSeq + 1) client.lastSeq = s;
        else if (s <= client.lastSeq) client.duplicates++;
        else {
          client.gaps++;
          client.lastSeq = s;
        }
        onReceive(client, m.message!.clientId);
        return;
      }
      default:
    }
  });
  ws.on('unexpected-response', (_req, res) => done(`HTTP ${res.statusCode}`));
  ws.on('error', (err) => done(err.message));
  ws.on('close', () => {
    if (!client.closing) closedUnexpectedly++;
    done('closed');
  });
  return client;
}

// ---------------------------------------------------------------- XMPP over TCP (RFC 6120, XEP-0198)

const NS_STREAM = "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'";

/** Cuts complete top-level stanzas out of the stream; enough XML for what an XMPP server sends. */
class StanzaReader {
  private buf = '';
  private pos = 0;
  push(chunk: string, emit: (stanza: string, name: string) => void): void {
    this.buf = this.pos > 0 ? this.buf.slice(this.pos) + chunk : this.buf + chunk;
    this.pos = 0;
    for (;;) {
      const start = this.buf.indexOf('<', this.pos);
      if (start < 0) {
        this.pos = this.buf.length;
        return;
      }
      if (this.buf.startsWith('<?', start)) {
        const end = this.buf.indexOf('?>', start);
        if (end < 0) return void (this.pos = start);
        this.pos = end + 2;
        continue;
      }
      if (this.buf.startsWith('<stream:stream', start)) {
        const end = this.buf.indexOf('>', start);
        if (end < 0) return void (this.pos = start);
        this.pos = end + 1;
        emit(this.buf.slice(start, end + 1), 'stream:stream');
        continue;
      }
      if (this.buf.startsWith('</stream:stream', start)) {
        emit('', '/stream:stream');
        this.pos = this.buf.length;
        return;
      }
      let depth = 0;
      let at = start;
      let complete = -1;
      while (at < this.buf.length) {
        const open = this.buf.indexOf('<', at);
        if (open < 0) break;
        const close = this.buf.indexOf('>', open);
        if (close < 0) break;
        if (this.buf[open + 1] === '/') depth--;
        else if (this.buf[close - 1] !== '/') depth++;
        at = close + 1;
        if (depth === 0) {
          complete = at;
          break;
        }
      }
      if (complete < 0) return void (this.pos = start);
      const stanza = this.buf.slice(start, complete);
      const nameEnd = stanza.search(/[\s/>]/);
      emit(stanza, stanza.slice(1, nameEnd));
      this.pos = complete;
    }
  }
}

function attr(stanza: string, name: string): string | undefined {
  const head = stanza.slice(0, stanza.indexOf('>') + 1);
  const m = new RegExp(`\\s${name}=['"]([^'"]*)['"]`).exec(head);
  return m?.[1];
}

function xmppClient(spec: ChatClientSpec, ready: (error?: string) => void): Client {
  const x = input.xmpp!;
  const socket: Socket = connect({ host: x.host, port: x.port, noDelay: true });
  socket.setEncoding('utf8');
  const reader = new StanzaReader();
  let stage: 'auth' | 'bind' | 'enable' | 'ready' = 'auth';
  let settled = false;
  /** Stanzas we sent since enabling stream management, and which message each count stands for. */
  let outCount = 0;
  let inCount = 0;
  const pendingAcks: { h: number; clientId: string }[] = [];
  const done = (error?: string) => {
    if (settled) return;
    settled = true;
    ready(error);
  };
  const write = (s: string) => socket.write(s);
  const client: Client = {
    spec,
    peer: null,
    lastSeq: 0,
    gaps: 0,
    duplicates: 0,
    messages: 0,
    open: false,
    closing: false,
    send: (clientId, body) => {
      outCount++;
      pendingAcks.push({ h: outCount, clientId });
      write(`<message to='${spec.peer}' id='${clientId}' type='chat'><body>${body}</body></message><r xmlns='urn:xmpp:sm:3'/>`);
    },
    close: () => {
      client.closing = true;
      socket.destroy();
    },
  };
  socket.on('connect', () => write(`<?xml version='1.0'?><stream:stream to='${x.domain}' ${NS_STREAM}>`));
  socket.on('data', (chunk: string) =>
    reader.push(chunk, (stanza, name) => {
      switch (name) {
        case 'stream:features':
          if (stage === 'auth') write(`<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>${Buffer.from(`\0${spec.cookie}\0${x.password}`).toString('base64')}</auth>`);
          else if (stage === 'bind') write(`<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>bench</resource></bind></iq>`);
          return;
        case 'success':
          stage = 'bind';
          write(`<stream:stream to='${x.domain}' ${NS_STREAM}>`);
          return;
        case 'failure':
          return done(`auth failed: ${stanza.slice(0, 200)}`);
        case 'iq':
          if (stage === 'bind' && attr(stanza, 'id') === 'bind') {
            stage = 'enable';
            write(`<enable xmlns='urn:xmpp:sm:3'/>`);
          } else if (stage === 'ready') inCount++;
          return;
        case 'enabled':
          stage = 'ready';
          client.open = true;
          outCount = 1;
          // Available presence, so messages to the bare JID reach this session rather than offline storage.
          write(`<presence/><r xmlns='urn:xmpp:sm:3'/>`);
          return;
        case 'a': {
          const h = Number(attr(stanza, 'h'));
          if (!settled && h >= 1) done();
          while (pendingAcks.length && pendingAcks[0]!.h <= h) onAck(pendingAcks.shift()!.clientId);
          return;
        }
        case 'r':
          write(`<a xmlns='urn:xmpp:sm:3' h='${inCount}'/>`);
          return;
        case 'message': {
          inCount++;
          const type = attr(stanza, 'type');
          if (type === 'error') {
            onNack(attr(stanza, 'id') ?? null, 'xmpp_error');
            return;
          }
          const id = attr(stanza, 'id') ?? null;
          if (id && stanza.includes('<body>')) {
            if (seenIds.has(id)) duplicateReceipts++;
            seenIds.add(id);
            client.messages++;
            onReceive(client, id);
          }
          return;
        }
        case 'presence':
          inCount++;
          return;
        case 'stream:error':
          serverErrors++;
          done(`stream error: ${stanza.slice(0, 200)}`);
          return;
        default:
      }
    }),
  );
  socket.on('error', (err) => done(err.message));
  socket.on('close', () => {
    if (!client.closing) closedUnexpectedly++;
    done('closed');
  });
  return client;
}

// ---------------------------------------------------------------- commands

async function connectAll(): Promise<ConnectOutput> {
  const started = performance.now();
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  const make = input.transport === 'xmpp' ? xmppClient : productClient;
  // ejabberd 23.01 starts its SQL pool workers lazily and refuses logins that reach a worker not yet
  // started (binary_to_existing_atom in ejabberd_sql:get_worker); an XMPP client tries again, as clients do.
  const attempts = input.transport === 'xmpp' ? 5 : 1;
  const opener = async () => {
    while (next < input.clients.length) {
      const spec = input.clients[next++]!;
      for (let attempt = 1; ; attempt++) {
        const error = await new Promise<string | undefined>((resolve) => {
          const client = make(spec, resolve);
          clients.push(client);
        });
        if (!error) break;
        const failedClient = clients.findLast((c) => c.spec === spec)!;
        failedClient.close();
        if (attempt < attempts) {
          clients.splice(clients.indexOf(failedClient), 1);
          await new Promise((r) => setTimeout(r, 250));
          continue;
        }
        failed++;
        if (errors.length < 5) errors.push(error);
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: input.connectConcurrency }, opener));
  // Sockets that failed while connecting are counted as `failed`, not as closed during the run.
  closedUnexpectedly = 0;
  const byPair = new Map<number, Client[]>();
  for (const c of clients) byPair.set(c.spec.pair, [...(byPair.get(c.spec.pair) ?? []), c]);
  for (const pair of byPair.values()) if (pair.length === 2) [pair[0]!.peer, pair[1]!.peer] = [pair[1]!, pair[0]!];
  return { connected: clients.filter((c) => c.open).length, failed, errors, ms: Math.round(performance.now() - started) };
}

async function drain(phase: Phase, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (phase.outstanding > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  for (const r of sent.values()) {
    if (r.phase !== phase) continue;
    if (!r.acked) phase.out.unacked++;
    if (!r.received) phase.out.undelivered++;
  }
  for (const [id, r] of sent) if (r.phase === phase) sent.delete(id);
}

/** Every client sends one message and waits for it: conversations get taken, caches and JIT warm. */
async function warmup(): Promise<PhaseOutput> {
  const phase = newPhase();
  current = phase;
  for (const c of clients) if (c.open) sendFrom(c, phase);
  phase.windowEnd = performance.now();
  await drain(phase, 30_000);
  return phase.out;
}

/** Open loop: messages at `rate` per second from random clients, evenly spaced, whatever the replies do. */
async function openLoop(rate: number, seconds: number): Promise<PhaseOutput> {
  const phase = newPhase();
  current = phase;
  const live = clients.filter((c) => c.open);
  const start = performance.now();
  const end = start + seconds * 1000;
  phase.windowEnd = end;
  const intervalMs = 1000 / rate;
  let n = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(Math.floor((Math.min(now, end) - start) / intervalMs), Math.floor(seconds * rate));
      while (n < due) {
        phase.out.lagMs.push(now - (start + n * intervalMs));
        sendFrom(live[Math.floor(Math.random() * live.length)]!, phase);
        n++;
      }
      if (now >= end) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  phase.out.windowMs = performance.now() - start;
  await drain(phase, 10_000);
  return phase.out;
}

/** Closed loop: each client sends its next message as soon as the last one is acked. */
async function closedLoop(seconds: number): Promise<PhaseOutput> {
  const phase = newPhase();
  current = phase;
  const start = performance.now();
  const end = start + seconds * 1000;
  phase.windowEnd = end;
  phase.onAck = (client) => {
    if (performance.now() < end && client.open) sendFrom(client, phase);
  };
  for (const c of clients) if (c.open) sendFrom(c, phase);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  phase.out.windowMs = performance.now() - start;
  await drain(phase, 10_000);
  return phase.out;
}

function verify(): VerifyOutput {
  return {
    ackedClientIds: ackedClientIds.splice(0),
    followers: clients.map((c) => ({ conversationId: c.spec.conversationId, side: c.spec.side, lastSeq: c.lastSeq, gaps: c.gaps, duplicates: c.duplicates, messages: c.messages })),
    duplicateReceipts,
    receivedTotal,
    serverErrors,
    closedUnexpectedly,
  };
}

parentPort!.on('message', async (c: LoadCommand) => {
  const reply = (v: unknown) => parentPort!.postMessage(v);
  switch (c.cmd) {
    case 'connect':
      return reply(await connectAll());
    case 'warmup':
      return reply(await warmup());
    case 'open':
      return reply(await openLoop(c.rate, c.seconds));
    case 'closed':
      return reply(await closedLoop(c.seconds));
    case 'verify':
      return reply(verify());
    case 'close':
      for (const cl of clients) cl.close();
      clients.length = 0;
      return reply({ closed: true });
  }
});
