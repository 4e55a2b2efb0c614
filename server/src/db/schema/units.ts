import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CriteriaGroup } from '../../../../contracts/criteria.ts';
import type { Questionnaire } from '../../../../contracts/questionnaire.ts';
import { staff } from './staff.ts';

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

export const appointmentTypes = pgTable(
  'appointment_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    code: text('code').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    videoAllowed: boolean('video_allowed').notNull().default(false),
    selfBookable: boolean('self_bookable').notNull().default(false),
    /** R-BK-4: the triage form a resident answers before self-booking; some answers stop the booking. */
    triage: jsonb('triage').$type<Questionnaire>().notNull().default([]),
    /** Residents may cancel or rebook a self-booked time until this many hours before it. */
    cancelCutoffHours: integer('cancel_cutoff_hours').notNull().default(24),
  },
  // The EHR names an appointment type by its code at the unit (R-IN-1).
  (t) => [uniqueIndex('appointment_types_unit_code_idx').on(t.unitId, t.code)],
);

/**
 * R-UN-2: resident criteria per unit (`scope` = 'unit') and per function (`scope` = the function).
 * No row means no restriction. The tree is validated by the contract before it is stored.
 */
export const unitCriteria = pgTable(
  'unit_criteria',
  {
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    scope: text('scope').notNull(),
    criteria: jsonb('criteria').$type<CriteriaGroup>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedByStaffId: uuid('updated_by_staff_id').notNull().references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.scope] })],
);

/** R-DC-5: a unit's local exceptions: documents of a kind (optionally of one appointment type) never go electronically. */
export const unitDocumentExceptions = pgTable(
  'unit_document_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    documentKind: text('document_kind').notNull(),
    appointmentTypeId: uuid('appointment_type_id').references(() => appointmentTypes.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByStaffId: uuid('created_by_staff_id').notNull().references(() => staff.id),
  },
  (t) => [index('unit_document_exceptions_unit_idx').on(t.unitId)],
);
