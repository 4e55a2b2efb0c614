import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { KeepAliveConnection } from './keep-alive-client.ts';

/**
 * The residents' side of the vaccination rush, in its own thread so the load does not take the
 * server's CPU. Like the app, a resident picks among the times still shown as free (times seen
 * taken drop out of the list) and tries another when theirs was just taken.
 *
 * Requests go over kept-alive connections of a lean client (keep-alive-client.ts): on two cores the
 * load generator shares the machine with the server and PostgreSQL; `fetch` capped even a request
 * that does nothing at ~2,700/s and node:http took ~150 µs of CPU per request (see `http_floor`).
 */
export interface RushInput {
  /** `floor`: the same number of requests to the liveness endpoint, which does nothing: the most this harness can drive here. */
  mode: 'rush' | 'floor';
  origin: string;
  sessions: { cookie: string; csrf: string }[];
  slotIds: string[];
  concurrency: number;
  attempts: number;
}

export interface RushOutput {
  booked: number;
  slotFull: number;
  serverErrors: number;
  otherErrors: number;
  latencies: number[];
  elapsedMs: number;
}

/** The times still shown as free; taking one out is O(1) (swap with the last), as 10,000 are. */
class FreeSlots {
  private readonly ids: string[];
  private readonly at = new Map<string, number>();

  constructor(ids: string[]) {
    this.ids = [...ids];
    this.ids.forEach((id, i) => this.at.set(id, i));
  }

  get size(): number {
    return this.ids.length;
  }

  pick(): string {
    return this.ids[Math.floor(Math.random() * this.ids.length)]!;
  }

  drop(id: string): void {
    const i = this.at.get(id);
    if (i === undefined) return;
    const last = this.ids.pop()!;
    this.at.delete(id);
    if (last !== id) {
      this.ids[i] = last;
      this.at.set(last, i);
    }
  }
}

/** Runs `work` on `concurrency` connections at once, each used by one loop. */
async function onConnections(origin: string, concurrency: number, work: (connection: KeepAliveConnection) => Promise<void>): Promise<number> {
  const connections = await Promise.all(Array.from({ length: concurrency }, () => KeepAliveConnection.open(new URL(origin))));
  const started = performance.now();
  try {
    await Promise.all(connections.map(work));
    return performance.now() - started;
  } finally {
    connections.forEach((c) => c.close());
  }
}

async function rush(input: RushInput): Promise<RushOutput> {
  const free = new FreeSlots(input.slotIds);
  const out: RushOutput = { booked: 0, slotFull: 0, serverErrors: 0, otherErrors: 0, latencies: [], elapsedMs: 0 };
  let next = 0;
  out.elapsedMs = await onConnections(input.origin, input.concurrency, async (connection) => {
    while (next < input.sessions.length) {
      const session = input.sessions[next++]!;
      const headers = `content-type: application/json\r\ncookie: ${session.cookie}\r\nx-csrf-token: ${session.csrf}\r\n`;
      for (let attempt = 0; attempt < input.attempts && free.size > 0; attempt++) {
        const slotId = free.pick();
        const started = performance.now();
        const res = await connection.request('POST', '/api/me/self-booking', headers, JSON.stringify({ slotId, answers: {}, requestId: randomUUID() }));
        const body = JSON.parse(res.body) as { error?: { code: string } };
        out.latencies.push(performance.now() - started);
        if (res.status >= 500) out.serverErrors++;
        if (res.status === 201) {
          out.booked++;
          free.drop(slotId);
          break;
        }
        if (body.error?.code !== 'slot_full') {
          out.otherErrors++;
          break;
        }
        out.slotFull++;
        free.drop(slotId);
      }
    }
  });
  return out;
}

/** Requests per second to an endpoint that does no work, at the rush's concurrency. */
async function floor(input: RushInput): Promise<number> {
  let next = 0;
  const ms = await onConnections(input.origin, input.concurrency, async (connection) => {
    while (next++ < input.sessions.length) await connection.request('GET', '/api/health/live', '');
  });
  return Math.round((input.sessions.length / ms) * 1000);
}

if (parentPort) {
  const input = workerData as RushInput;
  parentPort.postMessage(input.mode === 'floor' ? await floor(input) : await rush(input));
}
