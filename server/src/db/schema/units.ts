import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});

/** Unit kinds and functions are closed lists; the contracts package holds them as enums. */
export const careUnits = pgTable('care_units', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  hsaId: text('hsa_id').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  functions: text('functions').array().notNull().default([]),
  streetAddress: text('street_address').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  phone: text('phone').notNull(),
  connectedAt: timestamp('connected_at', { withTimezone: true }).notNull().defaultNow(),
});

export const appointmentTypes = pgTable('appointment_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull().references(() => careUnits.id),
  code: text('code').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  hidden: boolean('hidden').notNull().default(false),
  videoAllowed: boolean('video_allowed').notNull().default(false),
  selfBookable: boolean('self_bookable').notNull().default(false),
});
