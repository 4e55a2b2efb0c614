import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Answers } from '../../../../contracts/questionnaire.ts';
import type { Db } from '../../db/client.ts';
import { batchedRead } from '../../db/batched-read.ts';
import { preparedQuery } from '../../db/prepared.ts';
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
const slotWithTypeById = batchedRead(async (db, ids: string[]) => new Map((await slotsWithTypeByIds(db).execute({ ids })).map((row) => [row.slot.id, row])));

export const slotsRepository = {
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
  async bookPlace(db: Db, booking: { slotId: string; residentId: string; bookedByResidentId: string; requestId: string; triageAnswers: Answers; notBefore: Date }): Promise<string | null> {
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
