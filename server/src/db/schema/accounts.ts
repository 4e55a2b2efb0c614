import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';
import { residents } from './residents.ts';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id').notNull().unique().references(() => residents.id),
    termsVersion: text('terms_version').notNull(),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }).notNull(),
    consentNotifications: boolean('consent_notifications').notNull(),
    consentEDocuments: boolean('consent_e_documents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // R-UN-5: users over time are counted by month of creation.
  (t) => [index('accounts_created_idx').on(t.createdAt)],
);

/**
 * R-ID-4…6: a block is on the person, not the account, so it outlives an unregistered account and
 * also stops every proxy. A block is active until lifted; lifting is for care only.
 */
export const residentBlocks = pgTable(
  'resident_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    reason: text('reason').notNull(),
    blockedBy: text('blocked_by').notNull(),
    staffId: uuid('staff_id').references(() => staff.id),
    unitId: uuid('unit_id').references(() => careUnits.id),
    blockedAt: timestamp('blocked_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedByStaffId: uuid('lifted_by_staff_id').references(() => staff.id),
    liftedInUnitId: uuid('lifted_in_unit_id').references(() => careUnits.id),
  },
  (t) => [index('resident_blocks_resident_idx').on(t.residentId)],
);
