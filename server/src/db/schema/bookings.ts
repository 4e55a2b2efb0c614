import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { residents } from './residents.ts';
import { appointmentTypes, careUnits } from './units.ts';
import { staff } from './staff.ts';

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
  },
  (t) => [
    index('bookings_resident_idx').on(t.residentId, t.startsAt),
    index('bookings_unit_idx').on(t.unitId, t.residentId),
    // R-UN-5: completed video meetings per month, counted from the index alone.
    index('bookings_completed_video_idx').on(t.startsAt, t.unitId).where(sql`${t.mode} = 'video' and ${t.status} = 'completed'`),
  ],
);
