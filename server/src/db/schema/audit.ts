import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { residents } from './residents.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';

/** Every staff read of resident data (R-IN-2); written in the same transaction as the read. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    role: text('role').notNull(),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    action: text('action').notNull(),
    requestId: text('request_id').notNull(),
  },
  (t) => [index('audit_events_resident_idx').on(t.residentId, t.at)],
);
