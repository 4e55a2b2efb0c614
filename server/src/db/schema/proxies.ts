import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { residents } from './residents.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';

/** The recorded basis of a proxy decision, kept as care recorded it (R-PX-2…4). */
export type ProxyBasis =
  | { kind: 'guardian_special_need'; reason: string }
  | { kind: 'legal_representative'; court: string; caseNumber: string; decisionDate: string; coversPersonalCare: true }
  | { kind: 'authorised_representative'; reference: string; scope: string };

/** Proxies recorded by care. Automatic guardian proxies come from `guardianships` and are not stored here. */
export const proxyGrants = pgTable(
  'proxy_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    proxyId: uuid('proxy_id').notNull().references(() => residents.id),
    subjectId: uuid('subject_id').notNull().references(() => residents.id),
    basis: jsonb('basis').$type<ProxyBasis>().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    decidedByStaffId: uuid('decided_by_staff_id').notNull().references(() => staff.id),
    decidedInUnitId: uuid('decided_in_unit_id').notNull().references(() => careUnits.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedByStaffId: uuid('ended_by_staff_id').references(() => staff.id),
    endReason: text('end_reason'),
  },
  (t) => [index('proxy_grants_subject_idx').on(t.subjectId), index('proxy_grants_proxy_idx').on(t.proxyId)],
);

/** R-PX-6: a unit manager's decision to stop a guardian acting for a child. */
export const guardianBlocks = pgTable(
  'guardian_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    guardianId: uuid('guardian_id').notNull().references(() => residents.id),
    childId: uuid('child_id').notNull().references(() => residents.id),
    reason: text('reason').notNull(),
    decidedByStaffId: uuid('decided_by_staff_id').notNull().references(() => staff.id),
    decidedInUnitId: uuid('decided_in_unit_id').notNull().references(() => careUnits.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedByStaffId: uuid('lifted_by_staff_id').references(() => staff.id),
  },
  (t) => [index('guardian_blocks_child_idx').on(t.childId)],
);

/** R-PX-5: what residents do in the app, with the actor and the person acted for. */
export const residentActivity = pgTable(
  'resident_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull().references(() => residents.id),
    subjectId: uuid('subject_id').notNull().references(() => residents.id),
    action: text('action').notNull(),
  },
  (t) => [index('resident_activity_subject_idx').on(t.subjectId, t.at)],
);
