import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { WS_CLOSE_PROXY_ENDED, WS_CLOSE_RECONNECT, WS_CLOSE_SESSION_ENDED } from '../../contracts/realtime.ts';

/**
 * One thread of reconnecting chat clients for bench/reconnect.bench.ts. Each client is a signed-in
 * resident with one conversation open, and behaves as the web app does after a drop:
 *
 * - web/src/shared/realtime/realtime-client.ts: after the server's "reconnect" close (4000, sent by
 *   RealtimeHub.closeAll on SIGTERM) it reconnects after a random 0–500 ms; after any other
 *   unexpected close (e.g. connection refused while the server is down) after 1 s, doubling up to
 *   30 s; the delay goes back to 1 s when a `hello` arrives. It asks nothing before reconnecting: a
 *   socket opened without a live session is closed with 4401, which stops it.
 * - web/src/shared/chat/conversation-stream.ts: on `hello` (status open) it subscribes with afterSeq
 *   = the highest sequence number it received in order.
 *
 * Times are wall-clock milliseconds (timeOrigin + now), comparable across threads.
 */
export interface ReconnectClientSpec {
  conversationId: string;
  cookie: string;
  /** The conversation's last sequence number when the client first subscribes. */
  afterSeq: number;
  /** Whether one message is committed in this conversation during the restart. */
  expectMessage: boolean;
}

export interface ReconnectInit {
  url: string;
  clients: ReconnectClientSpec[];
  /** Sockets opened at once during the first connect (not during the storm: there every client goes on its own). */
  connectConcurrency: number;
}

export type ReconnectCommand = { cmd: 'connect' } | { cmd: 'arm' } | { cmd: 'status'; since: number } | { cmd: 'report'; since: number; from: number } | { cmd: 'close' };

export interface ReconnectStatus {
  /** Clients subscribed on a socket opened after `since` (the old server's exit). */
  resumed: number;
  /** Clients that expect a message and have received it. */
  delivered: number;
}

export interface ReconnectReport extends ReconnectStatus {
  /** Per resumed client: its resubscription time minus `from` (SIGTERM), ms. */
  resumeMs: number[];
  /** Per resumed client: when the attempt that got through began (its timer fired), minus `from`, ms. */
  attemptStartMs: number[];
  /** Sockets opened since `arm`, in all, and the most one client needed. */
  attempts: number;
  maxAttempts: number;
  /** Expected message never received. */
  missed: number;
  /** Messages received again (a number not above the last in order). */
  duplicates: number;
  /** Messages received after a missing number. */
  gaps: number;
  /** Messages received after `arm` other than the one expected (e.g. the same one twice). */
  unexpected: number;
  /** Clients that stopped reconnecting (session reported gone). */
  gaveUp: number;
  closeCodes: Record<string, number>;
}

const FIRST_DELAY_MS = 1_000; // realtime-client.ts FIRST_DELAY_MS
const MAX_DELAY_MS = 30_000; // realtime-client.ts MAX_DELAY_MS
const RESTART_JITTER_MS = 500; // realtime-client.ts: schedule(Math.random() * 500) on WS_CLOSE_RECONNECT

const input = workerData as ReconnectInit;
const origin = new URL(input.url.replace(/^ws/, 'http')).origin;
const wallNow = () => performance.timeOrigin + performance.now();
const closeCodes: Record<string, number> = {};

class Client {
  ws: WebSocket | null = null;
  lastSeq: number;
  delay = FIRST_DELAY_MS;
  stopped = false;
  gaveUp = false;
  attempts = 0;
  attemptsAtArm = 0;
  openedAt = 0;
  subscribedAt = 0;
  subscribedOpenedAt = 0;
  /** When the current attempt began (the reconnect timer fired). */
  attemptStartedAt = 0;
  subscribedAttemptStartedAt = 0;
  /** Sequence numbers received after `arm`. */
  received: number[] = [];
  duplicates = 0;
  gaps = 0;
  armed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  onFirstSubscribed: (() => void) | null = null;

  constructor(readonly spec: ReconnectClientSpec) {
    this.lastSeq = spec.afterSeq;
  }

  connect(): void {
    this.attempts++;
    const ws = new WebSocket(input.url, { headers: { cookie: this.spec.cookie }, origin, perMessageDeflate: false });
    this.ws = ws;
    ws.on('open', () => (this.openedAt = wallNow()));
    ws.on('message', (data) => this.receive(ws, JSON.parse(data.toString()) as { type: string; conversationId?: string; message?: { seq: number } }));
    ws.on('error', () => undefined); // a 'close' follows; that is where the policy is
    ws.on('close', (code) => {
      if (this.ws === ws) this.ws = null;
      closeCodes[code] = (closeCodes[code] ?? 0) + 1;
      if (this.stopped) return;
      if (code === WS_CLOSE_SESSION_ENDED) {
        this.stopped = this.gaveUp = true;
        return;
      }
      if (code === WS_CLOSE_PROXY_ENDED) return this.schedule(0);
      if (code === WS_CLOSE_RECONNECT) return this.schedule(Math.random() * RESTART_JITTER_MS);
      this.schedule(this.delay);
      this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
    });
  }

  private receive(ws: WebSocket, m: { type: string; conversationId?: string; message?: { seq: number } }): void {
    if (m.type === 'hello') {
      this.delay = FIRST_DELAY_MS;
      ws.send(JSON.stringify({ type: 'subscribe', conversationId: this.spec.conversationId, afterSeq: this.lastSeq }));
    } else if (m.type === 'subscribed' && m.conversationId === this.spec.conversationId) {
      this.subscribedAt = wallNow();
      this.subscribedOpenedAt = this.openedAt;
      this.subscribedAttemptStartedAt = this.attemptStartedAt;
      this.onFirstSubscribed?.();
      this.onFirstSubscribed = null;
    } else if (m.type === 'message' && m.conversationId === this.spec.conversationId) {
      const seq = m.message!.seq;
      if (this.armed) this.received.push(seq);
      // conversation-stream.ts resumes from the highest number that came in order.
      if (seq === this.lastSeq + 1) this.lastSeq = seq;
      else if (seq <= this.lastSeq) this.duplicates++;
      else this.gaps++;
    }
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      this.attemptStartedAt = wallNow();
      this.connect();
    }, ms);
  }

  resumedSince(since: number): boolean {
    return this.ws?.readyState === WebSocket.OPEN && this.subscribedAt > 0 && this.subscribedOpenedAt > since;
  }

  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.terminate();
  }
}

const clients = input.clients.map((spec) => new Client(spec));

async function connectAll(): Promise<{ connected: number; ms: number }> {
  const started = performance.now();
  let next = 0;
  const one = async () => {
    while (next < clients.length) {
      const c = clients[next++]!;
      await new Promise<void>((resolve) => {
        c.onFirstSubscribed = resolve;
        c.connect();
        // A client that does not get in within 60 s is left to its own reconnects and counted as not connected.
        setTimeout(resolve, 60_000);
      });
    }
  };
  await Promise.all(Array.from({ length: input.connectConcurrency }, one));
  return { connected: clients.filter((c) => c.ws?.readyState === WebSocket.OPEN && c.subscribedAt > 0).length, ms: Math.round(performance.now() - started) };
}

function status(since: number): ReconnectStatus {
  return {
    resumed: clients.filter((c) => c.resumedSince(since)).length,
    delivered: clients.filter((c) => c.spec.expectMessage && c.received.includes(c.spec.afterSeq + 1)).length,
  };
}

function report(since: number, from: number): ReconnectReport {
  const attempts = clients.map((c) => c.attempts - c.attemptsAtArm);
  return {
    ...status(since),
    resumeMs: clients.filter((c) => c.resumedSince(since)).map((c) => c.subscribedAt - from),
    attemptStartMs: clients.filter((c) => c.resumedSince(since)).map((c) => c.subscribedAttemptStartedAt - from),
    attempts: attempts.reduce((a, b) => a + b, 0),
    maxAttempts: Math.max(0, ...attempts),
    // Exactly the one message committed during the restart, once: anything else is missed or extra.
    missed: clients.filter((c) => c.spec.expectMessage && !c.received.includes(c.spec.afterSeq + 1)).length,
    duplicates: clients.reduce((a, c) => a + c.duplicates, 0),
    unexpected: clients.reduce((a, c) => a + c.received.filter((seq) => !(c.spec.expectMessage && seq === c.spec.afterSeq + 1)).length, 0),
    gaps: clients.reduce((a, c) => a + c.gaps, 0),
    gaveUp: clients.filter((c) => c.gaveUp).length,
    closeCodes,
  };
}

parentPort!.on('message', async (command: ReconnectCommand) => {
  switch (command.cmd) {
    case 'connect':
      parentPort!.postMessage(await connectAll());
      return;
    case 'arm':
      for (const c of clients) {
        c.attemptsAtArm = c.attempts;
        c.armed = true;
      }
      for (const k of Object.keys(closeCodes)) delete closeCodes[k];
      parentPort!.postMessage(null);
      return;
    case 'status':
      parentPort!.postMessage(status(command.since));
      return;
    case 'report':
      parentPort!.postMessage(report(command.since, command.from));
      return;
    case 'close':
      for (const c of clients) c.close();
      parentPort!.postMessage(null);
      return;
  }
});
