import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Answers } from '../../../../contracts/questionnaire.ts';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery, preparedStatement } from '../../db/prepared.ts';
import { appointmentTypes, bookingSlots, bookings } from '../../db/schema/index.ts';

export type SlotRow = typeof bookingSlots.$inferSelect;
export type AppointmentTypeRow = typeof appointmentTypes.$inferSelect;

// The first read of every self-booking, shared by concurrent bookings.
const slotsWithTypeByIds = preparedQuery((db) =>
  db
    .select({ slot: bookingSlots, type: appointmentTypes })
    .from(bookingSlots)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, bookingSlots.appointmentTypeId))
    .where(sql`${bookingSlots.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('slots_with_type_by_ids'),
);
const slotWithTypeById = batched(async (db, ids: string[]) => new Map((await slotsWithTypeByIds(db).execute({ ids })).map((row) => [row.slot.id, row])));

/** A resident's booking of a place in a slot, as the rush sends them. */
export interface PlaceRequest {
  slotId: string;
  residentId: string;
  bookedByResidentId: string;
  requestId: string;
  triageAnswers: Answers;
  notBefore: Date;
}

/** Booked; no place (full, started or no such slot) for a request id never used; or not made in the batch for another reason, to be tried alone. */
export type PlaceOutcome = { bookingId: string } | 'full' | 'alone';

const placesStatement = preparedStatement<{ ord: number; booking_id: string | null; try_alone: boolean }>(
  'booking_places_together',
  sql`
    with request as (
      select * from jsonb_to_recordset(${sql.placeholder('batch')}::jsonb)
        as r(ord int, slot_id uuid, resident_id uuid, booked_by uuid, request_id uuid, answers jsonb, not_before timestamptz)
    ), locked as (
      select id, unit_id, appointment_type_id, starts_at, ends_at, capacity - booked as places
      from ${bookingSlots} where id = any(array(select slot_id from request))
      order by id for update
    ), assigned as (
      select r.*, l.unit_id, l.appointment_type_id, l.starts_at, l.ends_at
      from (select *, row_number() over (partition by slot_id order by ord) as place from request) r
      join locked l on l.id = r.slot_id
      where l.starts_at > r.not_before and r.place <= l.places
    ), inserted as (
      insert into ${bookings} (resident_id, unit_id, appointment_type_id, starts_at, ends_at, mode, status, source, slot_id, booked_by_resident_id, request_id, triage_answers)
      select resident_id, unit_id, appointment_type_id, starts_at, ends_at, 'visit', 'booked', 'self', slot_id, booked_by, request_id, answers from assigned order by ord
      on conflict do nothing
      returning id, slot_id, request_id
    ), taken as (
      select slot_id, count(*)::int as places from inserted group by slot_id
    ), counted as (
      update ${bookingSlots} s set booked = s.booked + t.places from taken t
      where s.id = any(array(select slot_id from taken)) and s.id = t.slot_id
    )
    select r.ord, i.id as booking_id,
      a.ord is not null or coalesce(l.places, 0) > coalesce(t.places, 0)
        or (select true from ${bookings} b where b.request_id = r.request_id) is not null as try_alone
    from request r
    left join assigned a on a.ord = r.ord
    left join inserted i on i.request_id = r.request_id
    left join locked l on l.id = r.slot_id
    left join taken t on t.slot_id = r.slot_id`,
);

/**
 * Many residents' bookings in one statement (see `bookPlace` for one). The slots are locked in id
 * order, so two batches never wait for each other in a circle; a slot's free places go to its
 * requests in arrival order; a booking a unique index refuses (a replay, a second of the type) is
 * skipped and takes no place. Whoever did not get a place while one stayed free, and whoever a
 * unique index refused, answers 'alone': tried again alone, which says why. So 'full' means full,
 * and that no booking has the request id (a retry of one that took the last place answers 'alone').
 * A request id twice in one batch goes once; the other answers 'alone'.
 * The slots are found by `= any(array(…))`, not by a join: a join with the batch made the planner
 * read the whole slot table twice per batch (it guesses 100 requests against thousands of slots).
 * Whether a booking has the request id is a scalar subquery, not EXISTS: PostgreSQL answered the
 * EXISTS by hashing the whole bookings table once per batch, which grows with every booking made.
 */
const placesBooked = batched(async (db, requests: PlaceRequest[]) => {
  const first = new Set<string>();
  const rows = requests.flatMap((r, ord) => {
    if (first.has(r.requestId)) return [];
    first.add(r.requestId);
    return [{ ord, slot_id: r.slotId, resident_id: r.residentId, booked_by: r.bookedByResidentId, request_id: r.requestId, answers: r.triageAnswers, not_before: r.notBefore.toISOString() }];
  });
  const result = await placesStatement(db).execute({ batch: JSON.stringify(rows) });
  const outcomes = new Map<PlaceRequest, PlaceOutcome>();
  for (const row of result) {
    outcomes.set(requests[row.ord]!, row.booking_id ? { bookingId: row.booking_id } : row.try_alone ? 'alone' : 'full');
  }
  return outcomes;
});

export const slotsRepository = {
  /** `bookPlace` for a resident booking for themself, in a batch with whoever else books at the same moment. */
  async bookPlaceAmongOthers(db: Db, request: PlaceRequest): Promise<PlaceOutcome> {
    return (await placesBooked(db, request)) ?? 'alone';
  },

  async typeById(db: Db, id: string): Promise<AppointmentTypeRow | null> {
    const [row] = await db.select().from(appointmentTypes).where(eq(appointmentTypes.id, id)).limit(1);
    return row ?? null;
  },

  async typeByCode(db: Db, unitId: string, code: string): Promise<AppointmentTypeRow | null> {
    const [row] = await db.select().from(appointmentTypes).where(and(eq(appointmentTypes.unitId, unitId), eq(appointmentTypes.code, code))).limit(1);
    return row ?? null;
  },

  typesAt: (db: Db, unitId: string) => db.select().from(appointmentTypes).where(eq(appointmentTypes.unitId, unitId)).orderBy(asc(appointmentTypes.nameSv)),

  selfBookableTypesAt: (db: Db, unitIds: string[]) =>
    unitIds.length
      ? db.select().from(appointmentTypes).where(and(inArray(appointmentTypes.unitId, unitIds), eq(appointmentTypes.selfBookable, true))).orderBy(asc(appointmentTypes.nameSv))
      : Promise.resolve([]),

  /** A slot with its appointment type, in one query: the first read of every booking in a rush. */
  async slotWithType(db: Db, id: string): Promise<{ slot: SlotRow; type: AppointmentTypeRow } | null> {
    return (await slotWithTypeById(db, id)) ?? null;
  },

  /**
   * Takes a place in the slot and writes the booking in one statement, so it is atomic without a
   * transaction of its own: no row comes back when the slot is full or has started, and a unique
   * violation (a second booking of the type, a replayed request id) undoes the place as well.
   */
  async bookPlace(db: Db, booking: PlaceRequest): Promise<string | null> {
    const result = await db.execute(sql`
      with taken as (
        update ${bookingSlots} set booked = booked + 1
        where id = ${booking.slotId} and booked < capacity and starts_at > ${booking.notBefore.toISOString()}::timestamptz
        returning id, unit_id, appointment_type_id, starts_at, ends_at
      )
      insert into ${bookings} (resident_id, unit_id, appointment_type_id, starts_at, ends_at, mode, status, source, slot_id, booked_by_resident_id, request_id, triage_answers)
      select ${booking.residentId}, unit_id, appointment_type_id, starts_at, ends_at, 'visit', 'booked', 'self', id, ${booking.bookedByResidentId}, ${booking.requestId}, ${JSON.stringify(booking.triageAnswers)}::jsonb
      from taken
      returning id`);
    // Both drivers (node-postgres and PGlite) answer raw SQL with `rows`.
    return (result as unknown as { rows: { id: string }[] }).rows[0]?.id ?? null;
  },

  async slotById(db: Db, id: string): Promise<SlotRow | null> {
    const [row] = await db.select().from(bookingSlots).where(eq(bookingSlots.id, id)).limit(1);
    return row ?? null;
  },

  /** Slots of a type starting in [from, to) that still have room, earliest first. */
  freeSlots: (db: Db, appointmentTypeId: string, from: Date, to: Date) =>
    db
      .select()
      .from(bookingSlots)
      .where(and(eq(bookingSlots.appointmentTypeId, appointmentTypeId), gte(bookingSlots.startsAt, from), lt(bookingSlots.startsAt, to), lt(bookingSlots.booked, bookingSlots.capacity)))
      .orderBy(asc(bookingSlots.startsAt))
      .limit(500),

  /**
   * Takes one place in a slot if there is room. The update holds the slot's row lock until the
   * transaction ends, so concurrent bookings of the last place queue here and only one wins.
   */
  async takePlace(db: Db, slotId: string, notBefore: Date): Promise<SlotRow | null> {
    const [row] = await db
      .update(bookingSlots)
      .set({ booked: sql`${bookingSlots.booked} + 1` })
      .where(and(eq(bookingSlots.id, slotId), lt(bookingSlots.booked, bookingSlots.capacity), gt(bookingSlots.startsAt, notBefore)))
      .returning();
    return row ?? null;
  },

  async releasePlace(db: Db, slotId: string): Promise<void> {
    await db.update(bookingSlots).set({ booked: sql`${bookingSlots.booked} - 1` }).where(eq(bookingSlots.id, slotId));
  },

  async insertSlots(db: Db, rows: (typeof bookingSlots.$inferInsert)[]) {
    return rows.length ? db.insert(bookingSlots).values(rows).returning({ id: bookingSlots.id }) : [];
  },

  /** The person's active self-bookings, by appointment type. */
  activeSelfBookings: (db: Db, residentId: string) =>
    db
      .select({ id: bookings.id, appointmentTypeId: bookings.appointmentTypeId })
      .from(bookings)
      .where(and(eq(bookings.residentId, residentId), eq(bookings.source, 'self'), eq(bookings.status, 'booked'))),
};
