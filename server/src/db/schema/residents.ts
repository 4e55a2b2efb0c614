import { boolean, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { careUnits } from './units.ts';

/** The service's copy of population-register data for a person known to care. */
export const residents = pgTable('residents', {
  id: uuid('id').primaryKey().defaultRandom(),
  identifier: text('identifier').notNull().unique(),
  identifierKind: text('identifier_kind').notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  protectedIdentity: boolean('protected_identity').notNull().default(false),
  registeredCounty: text('registered_county'),
  listingUnitId: uuid('listing_unit_id').references(() => careUnits.id),
  mobileNumber: text('mobile_number'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const guardianships = pgTable(
  'guardianships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    guardianId: uuid('guardian_id').notNull().references(() => residents.id),
    childId: uuid('child_id').notNull().references(() => residents.id),
    source: text('source').notNull().default('population_register'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.guardianId, t.childId), index('guardianships_child_idx').on(t.childId)],
);

/** Diagnoses (ICD-10) from the record, for the diagnosis criterion (R-UN-2). */
export const residentDiagnoses = pgTable(
  'resident_diagnoses',
  {
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    code: text('code').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique().on(t.residentId, t.code)],
);
