import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { bookings } from '../../server/src/db/schema/index.ts';
import type { LiveConnection } from '../../server/src/platform/realtime-hub.ts';
import type { ServerMessage } from '../../contracts/realtime.ts';
import { demoResidents, demoStaff } from '../../server/src/seed/demo-people.ts';
import { BenchApp, openBenchDatabase } from './bench-app.ts';
import { percentile } from './report.ts';

const silent = { error: () => undefined, warn: () => undefined } as unknown as FastifyBaseLogger;

/** A connection that records when each message reached it. */
function connection(principal: LiveConnection['principal'], arrived: (m: ServerMessage) => void): LiveConnection {
  return { sessionId: randomUUID(), principal, send: arrived, close: () => undefined };
}

/**
 * 200 meetings of two (a resident and staff) connected at once; every meeting exchanges an offer, an
 * answer and 20 candidates the way browsers do, all meetings concurrently. The time from a frame
 * reaching the server to it being sent to the other participant is the handling time (parse, the
 * admitted check, delivery), measured on the product path (VideoSocket.handle).
 */
export async function signallingCost(meetings: number): Promise<{ p50: number; p99: number; messages: number; perSecond: number }> {
  const database = await openBenchDatabase('pglite');
  const bench = await BenchApp.start(database);
  try {
    const { services } = bench;
    const db = database.db;
    const units = await services.units.all();
    const visby = units.find((u) => u.name === 'Visby vårdcentral')!;
    const johan = (await services.staffDirectory.findBySignIn(demoStaff.find((s) => s.key === 'johan-holm')!.personalNumber))!;
    const types = await services.staffBooking.options({ kind: 'staff', sessionId: randomUUID(), staffId: johan.id, activeUnitId: visby.id, roles: ['staff'] });
    const video = types.appointmentTypes.find((t) => t.videoAllowed)!;
    const residents = [];
    for (const r of demoResidents.filter((x) => x.identifierKind !== 'reserve').slice(0, 20)) residents.push((await services.residents.findByIdentifier(db, r.identifier))!);
    const now = new Date();
    const starts = new Date(now.getTime() + 5 * 60_000);
    const sent = new Map<string, number>();
    const latencies: number[] = [];
    const pairs: { meetingId: string; a: LiveConnection; b: LiveConnection; aId: string; bId: string }[] = [];
    for (let i = 0; i < meetings; i++) {
      const resident = residents[i % residents.length]!;
      const [booking] = await db.insert(bookings).values({ residentId: resident.id, unitId: visby.id, appointmentTypeId: video.id, startsAt: starts, endsAt: new Date(starts.getTime() + 20 * 60_000), mode: 'video', status: 'booked', source: 'staff', practitionerId: johan.id }).returning();
      const staffPrincipal = { kind: 'staff' as const, sessionId: randomUUID(), staffId: johan.id, activeUnitId: visby.id, roles: ['staff' as const] };
      const { meetingId } = await services.video.staffMeetings.create(staffPrincipal, { kind: 'one_to_one', bookingIds: [booking!.id], staffIds: [], title: null, namesVisible: false });
      const record = (m: ServerMessage) => {
        if (m.type !== 'video_signal') return;
        const key = JSON.stringify(m.payload);
        const at = sent.get(key);
        if (at !== undefined) latencies.push(performance.now() - at);
      };
      const a = connection(staffPrincipal, record);
      const b = connection({ kind: 'resident', sessionId: randomUUID(), accountId: randomUUID(), residentId: resident.id, subjectId: resident.id, proxyKind: null }, record);
      const staffRow = await services.video.room.join(a.principal, meetingId, a);
      const residentRow = await services.video.room.join(b.principal, meetingId, b);
      await services.video.room.admit(staffPrincipal, meetingId, residentRow.id);
      pairs.push({ meetingId, a, b, aId: staffRow.id, bId: residentRow.id });
    }
    const frame = (meetingId: string, to: string, payload: object) => JSON.stringify({ type: 'video_signal', meetingId, to, payload });
    const started = performance.now();
    let count = 0;
    const sdp = `v=0\r\n${'a=candidate-line-padding\r\n'.repeat(120)}`;
    for (let round = 0; round < 11; round++) {
      for (const p of pairs) {
        const [from, toId] = round % 2 === 0 ? [p.a, p.bId] : [p.b, p.aId];
        const payload = round === 0 ? { description: { type: 'offer', sdp: `${sdp}${p.meetingId}` } } : round === 1 ? { description: { type: 'answer', sdp: `${sdp}${p.meetingId}` } } : { candidate: { candidate: `candidate:${round} 1 udp 2122260223 127.0.0.1 ${40000 + round} typ host ${p.meetingId}`, sdpMid: '0', sdpMLineIndex: 0 } };
        sent.set(JSON.stringify(payload), performance.now());
        services.video.socket.handle(from, frame(p.meetingId, toId, payload), silent);
        // Browsers of different meetings send independently: ten at a time, then the server gets a turn.
        if (++count % 10 === 0) await new Promise((r) => setImmediate(r));
      }
    }
    while (latencies.length < count && performance.now() - started < 30_000) await new Promise((r) => setTimeout(r, 10));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((x, y) => x - y);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), messages: latencies.length, perSecond: Math.round(latencies.length / seconds) };
  } finally {
    await bench.close();
  }
}
