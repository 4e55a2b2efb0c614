import { and, asc, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { appointmentTypes, bookings, careUnits, residents, staff } from '../../db/schema/index.ts';

// Read by every check of what a resident may do at a unit (the criteria look at visits).
const visitsOfResidents = preparedQuery((db) =>
  db
    .select({ residentId: bookings.residentId, unitId: bookings.unitId, startsAt: bookings.startsAt })
    .from(bookings)
    .where(and(sql`${bookings.residentId} = any(${sql.placeholder('residentIds')}::uuid[])`, ne(bookings.status, 'cancelled')))
    .prepare('bookings_visits_of_residents'),
);
const visitsOfResident = batched(async (db, residentIds: string[]) => {
  const byResident = new Map<string, { unitId: string; startsAt: Date }[]>();
  for (const { residentId, ...visit } of await visitsOfResidents(db).execute({ residentIds })) {
    const visits = byResident.get(residentId) ?? [];
    visits.push(visit);
    byResident.set(residentId, visits);
  }
  return byResident;
});

const bookingColumns = {
  id: bookings.id,
  unitId: bookings.unitId,
  appointmentTypeId: bookings.appointmentTypeId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  mode: bookings.mode,
  status: bookings.status,
  preparationSv: bookings.preparationSv,
  preparationEn: bookings.preparationEn,
  source: bookings.source,
  cancelCutoffHours: appointmentTypes.cancelCutoffHours,
  typeNameSv: appointmentTypes.nameSv,
  typeNameEn: appointmentTypes.nameEn,
  hiddenType: appointmentTypes.hidden,
  unitName: careUnits.name,
  unitStreetAddress: careUnits.streetAddress,
  unitPostalCode: careUnits.postalCode,
  unitCity: careUnits.city,
  unitPhone: careUnits.phone,
  practitionerGivenName: staff.givenName,
  practitionerFamilyName: staff.familyName,
  practitionerProfession: staff.profession,
};

/** Bookings with their type, unit and practitioner, for one resident, optionally at one unit. */
function bookingsOf(db: Db, residentId: string, unitId?: string) {
  return db
    .select(bookingColumns)
    .from(bookings)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, bookings.appointmentTypeId))
    .innerJoin(careUnits, eq(careUnits.id, bookings.unitId))
    .leftJoin(staff, eq(staff.id, bookings.practitionerId))
    .where(unitId ? and(eq(bookings.residentId, residentId), eq(bookings.unitId, unitId)) : eq(bookings.residentId, residentId))
    .orderBy(asc(bookings.startsAt));
}

export type BookingRow = Awaited<ReturnType<typeof bookingsOf>>[number];

export const bookingsRepository = {
  listForResident: (db: Db, residentId: string) => bookingsOf(db, residentId),

  listForResidentAtUnit: (db: Db, residentId: string, unitId: string) => bookingsOf(db, residentId, unitId),

  async comingBookingAt(db: Db, bookingId: string, residentId: string, unitId: string, now: Date): Promise<boolean> {
    const rows = await db
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), eq(bookings.residentId, residentId), eq(bookings.unitId, unitId), eq(bookings.status, 'booked'), gte(bookings.startsAt, now)))
      .limit(1);
    return rows.length > 0;
  },

  async hasBookingAtUnitSince(db: Db, residentId: string, unitId: string, since: Date): Promise<boolean> {
    const rows = await db
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.residentId, residentId), eq(bookings.unitId, unitId), gte(bookings.startsAt, since)))
      .limit(1);
    return rows.length > 0;
  },

  /** Bookings that were not cancelled, at any unit: the visits the resident criteria look at. */
  visitsOf: async (db: Db, residentId: string) => (await visitsOfResident(db, residentId)) ?? [],

  async findById(db: Db, id: string) {
    const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).limit(1);
    return row ?? null;
  },

  async findByEhrId(db: Db, ehrId: string) {
    const [row] = await db.select().from(bookings).where(eq(bookings.ehrId, ehrId)).limit(1);
    return row ?? null;
  },

  async findByRequestId(db: Db, requestId: string) {
    const [row] = await db.select().from(bookings).where(eq(bookings.requestId, requestId)).limit(1);
    return row ?? null;
  },

  async insert(db: Db, row: typeof bookings.$inferInsert) {
    const [created] = await db.insert(bookings).values(row).returning();
    return created!;
  },

  async update(db: Db, id: string, change: Partial<typeof bookings.$inferInsert>) {
    await db.update(bookings).set(change).where(eq(bookings.id, id));
  },

  /** R-VM-1: video bookings with the resident's name and the type, by id or at a unit in a time range. */
  videoBookings: (db: Db, where: { ids: string[] } | { unitId: string; from: Date; to: Date }) =>
    db
      .select({
        id: bookings.id,
        unitId: bookings.unitId,
        residentId: bookings.residentId,
        practitionerId: bookings.practitionerId,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        status: bookings.status,
        typeNameSv: appointmentTypes.nameSv,
        typeNameEn: appointmentTypes.nameEn,
        residentGivenName: residents.givenName,
        residentFamilyName: residents.familyName,
      })
      .from(bookings)
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, bookings.appointmentTypeId))
      .innerJoin(residents, eq(residents.id, bookings.residentId))
      .where(
        and(
          eq(bookings.mode, 'video'),
          ne(bookings.status, 'cancelled'),
          'ids' in where ? inArray(bookings.id, where.ids.length ? where.ids : ['00000000-0000-0000-0000-000000000000']) : and(eq(bookings.unitId, where.unitId), gte(bookings.startsAt, where.from), lt(bookings.startsAt, where.to)),
        ),
      )
      .orderBy(asc(bookings.startsAt)),

  /** R-UN-5: a video meeting that took place completes its bookings. */
  async markCompleted(db: Db, ids: string[]) {
    if (ids.length) await db.update(bookings).set({ status: 'completed' }).where(and(inArray(bookings.id, ids), eq(bookings.status, 'booked')));
  },

  /** Booked visits starting within the window that have had no reminder, hidden types left out (R-BK-2). */
  dueForReminder: (db: Db, window: { from: Date; to: Date }, limit: number) =>
    db
      .select({ id: bookings.id })
      .from(bookings)
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, bookings.appointmentTypeId))
      .where(and(eq(bookings.status, 'booked'), isNull(bookings.reminderSentAt), gte(bookings.startsAt, window.from), lt(bookings.startsAt, window.to), eq(appointmentTypes.hidden, false)))
      .orderBy(asc(bookings.startsAt))
      .limit(limit),

  /** Locks a booking still due for its reminder; null when another process has it or it was sent. */
  async claimForReminder(db: Db, id: string) {
    const [row] = await db
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, id), isNull(bookings.reminderSentAt), eq(bookings.status, 'booked')))
      .for('update', { skipLocked: true });
    return row ?? null;
  },
};
