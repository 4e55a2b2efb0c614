import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appointmentTypes, bookingSlots, bookings } from '../../db/schema/index.ts';

export type SlotRow = typeof bookingSlots.$inferSelect;
export type AppointmentTypeRow = typeof appointmentTypes.$inferSelect;

export const slotsRepository = {
  async typeById(db: Db, id: string): Promise<AppointmentTypeRow | null> {
    const [row] = await db.select().from(appointmentTypes).where(eq(appointmentTypes.id, id)).limit(1);
    return row ?? null;
  },

  async typeByCode(db: Db, unitId: string, code: string): Promise<AppointmentTypeRow | null> {
    const [row] = await db.select().from(appointmentTypes).where(and(eq(appointmentTypes.unitId, unitId), eq(appointmentTypes.code, code))).limit(1);
    return row ?? null;
  },

  selfBookableTypesAt: (db: Db, unitIds: string[]) =>
    unitIds.length
      ? db.select().from(appointmentTypes).where(and(inArray(appointmentTypes.unitId, unitIds), eq(appointmentTypes.selfBookable, true))).orderBy(asc(appointmentTypes.nameSv))
      : Promise.resolve([]),

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
