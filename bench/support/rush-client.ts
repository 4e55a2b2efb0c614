import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The residents' side of the vaccination rush, in its own thread so the load does not take the
 * server's CPU. Like the app, a resident picks among the times still shown as free (times seen
 * taken drop out of the list) and tries another when theirs was just taken.
 */
export interface RushInput {
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

async function rush(input: RushInput): Promise<RushOutput> {
  const free = [...input.slotIds];
  const out: RushOutput = { booked: 0, slotFull: 0, serverErrors: 0, otherErrors: 0, latencies: [], elapsedMs: 0 };
  const dropSlot = (slotId: string) => {
    const i = free.indexOf(slotId);
    if (i >= 0) free.splice(i, 1);
  };
  let next = 0;
  const resident = async () => {
    while (next < input.sessions.length) {
      const session = input.sessions[next++]!;
      for (let attempt = 0; attempt < input.attempts && free.length > 0; attempt++) {
        const slotId = free[Math.floor(Math.random() * free.length)]!;
        const started = performance.now();
        const res = await fetch(`${input.origin}/api/me/self-booking`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
          body: JSON.stringify({ slotId, answers: {}, requestId: randomUUID() }),
        });
        const body = (await res.json()) as { error?: { code: string } };
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
  return out;
}

if (parentPort) parentPort.postMessage(await rush(workerData as RushInput));
