import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentTypes, bookingSlots, bookings, careUnits } from '../../db/schema/index.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import { TEST_START, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let people: ResidentPrincipal[];
let unitId: string;
beforeAll(async () => {
  ctx = await TestContext.create();
  const ids = await Promise.all(['anna', 'erik', 'jonas', 'lina', 'maja', 'noah'].map((k) => residentDbId(ctx.database.db, k)));
  people = ids.map((id) => ({ kind: 'resident', sessionId: randomUUID(), accountId: randomUUID(), residentId: id, subjectId: id, proxyKind: null }));
  unitId = (await ctx.database.db.select({ id: careUnits.id }).from(careUnits).where(eq(careUnits.name, 'Vaccinationsmottagningen Visby')))[0]!.id;
});
afterAll(async () => ctx?.close());

/** A new self-bookable type with one slot, so each run starts from nothing. */
async function freshSlot(capacity: number): Promise<string> {
  const db = ctx.database.db;
  const [type] = await db.insert(appointmentTypes).values({ unitId, code: `T${randomUUID().slice(0, 6)}`, nameSv: 'Provtid', nameEn: 'Trial', durationMinutes: 10, selfBookable: true }).returning();
  const startsAt = new Date(TEST_START.getTime() + 3 * 86_400_000);
  const [slot] = await db.insert(bookingSlots).values({ unitId, appointmentTypeId: type!.id, startsAt, endsAt: new Date(startsAt.getTime() + 600_000), capacity, publishedAt: TEST_START }).returning();
  return slot!.id;
}

describe('R-BK-4: capacity under concurrency', () => {
  it('R-BK-4: never more bookings than places, whatever the order and overlap of concurrent requests and retries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 4 }), fc.array(fc.nat(5), { minLength: 1, maxLength: 9 }), async (s, capacity, who) => {
        const slotId = await freshSlot(capacity);
        // The same person may send a second request, or the same request again (a retry).
        const retryIds = new Map<number, string>();
        const retryIdOf = (p: number) => retryIds.get(p) ?? retryIds.set(p, randomUUID()).get(p)!;
        const requests = who.map((p, i) => ({ principal: people[p]!, requestId: i % 3 === 2 ? retryIdOf(p) : randomUUID() }));
        const calls = requests.map(({ principal, requestId }) =>
          s.schedule(Promise.resolve(), `person ${principal.residentId.slice(0, 4)}`).then(() =>
            ctx.services.selfBooking.book(principal, { slotId, answers: {}, requestId }).then(
              (r) => ({ ok: r }),
              (e: { code?: string }) => ({ error: e.code }),
            ),
          ),
        );
        await s.waitAll();
        const results = await Promise.all(calls);
        const db = ctx.database.db;
        const [slot] = await db.select().from(bookingSlots).where(eq(bookingSlots.id, slotId));
        const [made] = await db.select({ n: count() }).from(bookings).where(and(eq(bookings.slotId, slotId), eq(bookings.status, 'booked')));
        const distinctPeople = new Set(who).size;
        expect(made!.n).toBe(Math.min(capacity, distinctPeople));
        expect(slot!.booked).toBe(made!.n);
        expect(results.every((r) => 'ok' in r || ['slot_full', 'already_booked'].includes(r.error ?? ''))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
