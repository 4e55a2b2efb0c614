import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The residents' side of the vaccination rush, in its own thread so the load does not take the
 * server's CPU. Like the app, a resident picks among the times still shown as free (times seen
 * taken drop out of the list) and tries another when theirs was just taken.
 *
 * Requests go through node:http with kept-alive connections: on two cores the load generator
 * shares the machine with the server and PostgreSQL, and `fetch` took twice the CPU per request,
 * which capped even a request that does nothing at ~2,700/s (see the bench's `http_floor`).
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

export interface HttpAnswer {
  status: number;
  body: string;
}

/** One request over a kept-alive connection of `agent`. */
export function request(agent: http.Agent, origin: URL, method: string, path: string, headers: Record<string, string>, body?: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: origin.hostname, port: origin.port, method, path, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface RushOutput {
  booked: number;
  slotFull: number;
  serverErrors: number;
  otherErrors: number;
  latencies: number[];
  elapsedMs: number;
}

async function rush(input: RushInput): Promise<RushOutput> {
  const free = [...input.slotIds];
  const out: RushOutput = { booked: 0, slotFull: 0, serverErrors: 0, otherErrors: 0, latencies: [], elapsedMs: 0 };
  const dropSlot = (slotId: string) => {
    const i = free.indexOf(slotId);
    if (i >= 0) free.splice(i, 1);
  };
  const origin = new URL(input.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: input.concurrency });
  let next = 0;
  const resident = async () => {
    while (next < input.sessions.length) {
      const session = input.sessions[next++]!;
      for (let attempt = 0; attempt < input.attempts && free.length > 0; attempt++) {
        const slotId = free[Math.floor(Math.random() * free.length)]!;
        const started = performance.now();
        const res = await request(agent, origin, 'POST', '/api/me/self-booking', { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf }, JSON.stringify({ slotId, answers: {}, requestId: randomUUID() }));
        const body = JSON.parse(res.body) as { error?: { code: string } };
        out.latencies.push(performance.now() - started);
        if (res.status >= 500) out.serverErrors++;
        if (res.status === 201) {
          out.booked++;
          dropSlot(slotId);
          break;
        }
        if (body.error?.code !== 'slot_full') {
          out.otherErrors++;
          break;
        }
        out.slotFull++;
        dropSlot(slotId);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: input.concurrency }, resident));
  out.elapsedMs = performance.now() - started;
  agent.destroy();
  return out;
}

/** Requests per second to an endpoint that does no work, at the rush's concurrency. */
async function floor(input: RushInput): Promise<number> {
  const origin = new URL(input.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: input.concurrency });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: input.concurrency }, async () => {
      while (next++ < input.sessions.length) await request(agent, origin, 'GET', '/api/health/live', {});
    }),
  );
  agent.destroy();
  return Math.round((input.sessions.length / (performance.now() - started)) * 1000);
}

if (parentPort) {
  const input = workerData as RushInput;
  parentPort.postMessage(input.mode === 'floor' ? await floor(input) : await rush(input));
}
