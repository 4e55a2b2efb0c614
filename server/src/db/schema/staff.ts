import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { careUnits } from './units.ts';

export const staff = pgTable('staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  hsaId: text('hsa_id').notNull().unique(),
  /** The e-ID identifier that maps a signed-in person to this HSA identity. */
  personalNumber: text('personal_number').notNull().unique(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  profession: text('profession').notNull(),
});

export const staffRoles = pgTable(
  'staff_roles',
  {
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.unitId, t.role] })],
);
