import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { residents } from './residents.ts';

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  residentId: uuid('resident_id').notNull().unique().references(() => residents.id),
  state: text('state').notNull().default('active'),
  blockedReason: text('blocked_reason'),
  blockedAt: timestamp('blocked_at', { withTimezone: true }),
  termsVersion: text('terms_version').notNull(),
  termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }).notNull(),
  consentNotifications: boolean('consent_notifications').notNull(),
  consentEDocuments: boolean('consent_e_documents').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
