import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Answers } from '../../../../contracts/questionnaire.ts';
import { residents } from './residents.ts';
import { appointmentTypes, careUnits } from './units.ts';
import { staff } from './staff.ts';

/**
 * R-BK-4: a time a unit publishes for self-booking, with room for `capacity` bookings. `booked` is
 * changed only together with a booking, under the row lock, and can never pass the capacity.
 */
export const bookingSlots = pgTable(
  'booking_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    appointmentTypeId: uuid('appointment_type_id').notNull().references(() => appointmentTypes.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    booked: integer('booked').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('booking_slots_type_idx').on(t.appointmentTypeId, t.startsAt), check('booking_slots_within_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`)],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    appointmentTypeId: uuid('appointment_type_id').notNull().references(() => appointmentTypes.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: text('mode').notNull(),
    practitionerId: uuid('practitioner_id').references(() => staff.id),
    preparationSv: text('preparation_sv'),
    preparationEn: text('preparation_en'),
    status: text('status').notNull().default('booked'),
    ehrId: text('ehr_id').unique(),
    /** Where the booking came from: the EHR (FHIR), staff in the portal, or the resident (self-booking). */
    source: text('source').notNull().default('ehr'),
    slotId: uuid('slot_id').references(() => bookingSlots.id),
    /** R-PX-5: who made a self-booking; differs from the resident when a proxy booked. */
    bookedByResidentId: uuid('booked_by_resident_id').references(() => residents.id),
    /** The client's id for the booking request: a retry with the same id never books twice. */
    requestId: uuid('request_id').unique(),
    triageAnswers: jsonb('triage_answers').$type<Answers>(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the reminder before the visit went out; null until then (R-BK: reminders). */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
  },
  (t) => [
    index('bookings_resident_idx').on(t.residentId, t.startsAt),
    index('bookings_unit_idx').on(t.unitId, t.residentId),
    // R-BK-4: one self-booked time per resident and appointment type at a time, even in a rush.
    uniqueIndex('bookings_one_self_booking_idx').on(t.residentId, t.appointmentTypeId).where(sql`${t.source} = 'self' and ${t.status} = 'booked'`),
    // R-UN-5: completed video meetings per month, counted from the index alone.
    index('bookings_completed_video_idx').on(t.startsAt, t.unitId).where(sql`${t.mode} = 'video' and ${t.status} = 'completed'`),
  ],
);
