import { index, pgTable, text, timestamp, uuid, jsonb } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';
import { residents } from './residents.ts';

/** Server-side sessions; the cookie carries a random token whose SHA-256 is the key. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    csrfToken: text('csrf_token').notNull(),
    principalKind: text('principal_kind').notNull(),
    accountId: uuid('account_id').references(() => accounts.id),
    staffId: uuid('staff_id').references(() => staff.id),
    activeUnitId: uuid('active_unit_id').references(() => careUnits.id),
    /** R-PX-5: the person a resident acts for as proxy; null when acting for themself. */
    actingForResidentId: uuid('acting_for_resident_id').references(() => residents.id),
    /** R-VM-3: a guest's session belongs to the one guest link it was opened with. */
    guestLinkId: uuid('guest_link_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('sessions_account_idx').on(t.accountId), index('sessions_staff_idx').on(t.staffId), index('sessions_acting_for_idx').on(t.actingForResidentId)],
);

/**
 * One e-ID sign-in in progress, bound to the browser that started it by a secret cookie.
 * The identified person is kept here (not in an account) while a first-time resident reads the terms.
 */
export const signInAttempts = pgTable('sign_in_attempts', {
  id: uuid('id').primaryKey().defaultRandom(),
  browserSecretHash: text('browser_secret_hash').notNull().unique(),
  audience: text('audience').notNull(),
  orderRef: text('order_ref').notNull(),
  qrStartToken: text('qr_start_token').notNull(),
  qrStartSecret: text('qr_start_secret').notNull(),
  autoStartToken: text('auto_start_token').notNull(),
  status: text('status').notNull().default('pending'),
  identity: jsonb('identity').$type<{ personalNumber: string; givenName: string; surname: string }>(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
