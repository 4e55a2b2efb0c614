import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WS_CLOSE_RECONNECT } from '../../../contracts/realtime.ts';
import type { ReverseProxy } from '../testing/reverse-proxy.ts';
import type { ScratchDatabase } from '../testing/scratch-database.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { TwoProcessesBehindNginx } from '../testing/two-processes.ts';

/*
 * Issue 9: several server processes on one PostgreSQL behind a load balancer without sticky
 * sessions. The real server runs twice behind nginx with the example configuration of
 * deploy/nginx.conf; sessions, live delivery and a graceful stop are checked across the two.
 */

type Frame = { type: string; conversationId?: string; message?: { seq: number; body: string } };

/** A live connection that keeps what arrives and how it was closed. */
class Socket {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  private readonly ws: WebSocket;
  readonly ready: Promise<void>;

  constructor(url: string, origin: string, cookie: string) {
    this.ws = new WebSocket(`${url.replace('http', 'ws')}/api/ws`, { headers: { cookie, origin } });
    this.ws.on('message', (data) => this.frames.push(JSON.parse(String(data)) as Frame));
    this.ws.on('close', (code) => (this.closeCode = code));
    this.ready = new Promise((resolve, reject) => {
      this.ws.once('error', reject);
      const wait = setInterval(() => {
        if (this.frames.some((f) => f.type === 'hello')) {
          clearInterval(wait);
          resolve();
        }
      }, 5);
    });
  }

  send(frame: object): void {
    this.ws.send(JSON.stringify(frame));
  }

  seqs(conversationId: string): number[] {
    return this.frames.filter((f) => f.type === 'message' && f.conversationId === conversationId).map((f) => f.message!.seq);
  }

  close(): void {
    this.ws.terminate();
  }
}

async function until(what: string, condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Requests to a route this process has answered, from its Prometheus metrics. */
async function answered(process: ServerProcess, route: string): Promise<number> {
  const text = await (await fetch(`${process.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('http_requests_total{') && line.includes(`route="${route}"`))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe.runIf(process.env.DATABASE_URL)('two server processes behind nginx without sticky sessions (PostgreSQL only: both processes share the server)', () => {
  let cluster: TwoProcessesBehindNginx;
  let db: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let proxy: ReverseProxy;
  let resident: { cookie: string; csrf: string };
  let staff: { cookie: string; csrf: string };
  let conversationId: string;

  beforeAll(async () => {
    cluster = await TwoProcessesBehindNginx.start(process.env.DATABASE_URL!);
    ({ db, a, b, proxy } = cluster);
    const [jonas] = await db.rows<{ account_id: string; resident_id: string }>(`select a.id as account_id, r.id as resident_id from accounts a join residents r on r.id = a.resident_id where r.given_name = 'Jonas'`);
    const [johan] = await db.rows<{ id: string }>(`select id from staff where given_name = 'Johan' and family_name = 'Holm'`);
    const [visby] = await db.rows<{ id: string }>(`select id from care_units where name = 'Visby vårdcentral'`);
    resident = await db.session({ kind: 'resident', accountId: jonas!.account_id });
    staff = await db.session({ kind: 'staff', staffId: johan!.id, unitId: visby!.id });
    conversationId = await db.residentConversation(visby!.id, jonas!.resident_id);
  }, 180_000);

  afterAll(async () => cluster?.stop());

  const staffWrites = (via: string, body: string) =>
    fetch(`${via}/api/staff/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/json', origin: proxy.url },
      body: JSON.stringify({ clientId: randomUUID(), body }),
    });

  it('a session is honoured by either process, and the proxy spreads requests over both', async () => {
    for (const process of [a, b]) expect((await fetch(`${process.url}/api/me`, { headers: { cookie: resident.cookie } })).status).toBe(200);
    const before = [await answered(a, '/api/me'), await answered(b, '/api/me')];
    for (let i = 0; i < 20; i++) expect((await fetch(`${proxy.url}/api/me`, { headers: { cookie: resident.cookie } })).status).toBe(200);
    const after = [await answered(a, '/api/me'), await answered(b, '/api/me')];
    expect(after[0]! - before[0]!).toBeGreaterThan(0);
    expect(after[1]! - before[1]!).toBeGreaterThan(0);
    expect(after[0]! - before[0]! + after[1]! - before[1]!).toBe(20);
  });

  it('a message written on either process reaches a live connection through the proxy, once each, in order', async () => {
    const socket = new Socket(proxy.url, proxy.url, resident.cookie);
    await socket.ready;
    socket.send({ type: 'subscribe', conversationId, afterSeq: 0 });
    for (const [i, via] of [a.url, b.url, a.url, b.url].entries()) expect((await staffWrites(via, `Svar ${i + 1}`)).status).toBe(201);
    await until('four messages', () => socket.seqs(conversationId).length >= 4);
    expect(socket.seqs(conversationId)).toEqual([1, 2, 3, 4]);
    socket.close();
  });

  it('a process stopped with SIGTERM tells its live connections to reconnect; they resume on the other process with nothing missed or doubled', async () => {
    const socket = new Socket(a.url, proxy.url, resident.cookie);
    await socket.ready;
    socket.send({ type: 'subscribe', conversationId, afterSeq: 4 });
    for (let i = 5; i <= 7; i++) expect((await staffWrites(proxy.url, `Svar ${i}`)).status).toBe(201);
    await until('messages 5–7 before the stop', () => socket.seqs(conversationId).length === 3);

    await a.terminate();
    expect(socket.closeCode).toBe(WS_CLOSE_RECONNECT);
    // While the client is away, care goes on writing (through the proxy, which now finds only b).
    for (let i = 8; i <= 10; i++) expect((await staffWrites(proxy.url, `Svar ${i}`)).status).toBe(201);

    const resumed = new Socket(proxy.url, proxy.url, resident.cookie);
    await resumed.ready;
    resumed.send({ type: 'subscribe', conversationId, afterSeq: Math.max(...socket.seqs(conversationId)) });
    await until('messages 8–10 after the resume', () => resumed.seqs(conversationId).length >= 3);
    expect([...socket.seqs(conversationId), ...resumed.seqs(conversationId)]).toEqual([5, 6, 7, 8, 9, 10]);
    resumed.close();
  });
});
