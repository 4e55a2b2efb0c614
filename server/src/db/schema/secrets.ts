import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Keys the service makes for itself on first use (e.g. to sign bus tickets), kept in the database
 * so every server process and every restart uses the same one. Configuration may override them.
 */
export const serviceSecrets = pgTable('service_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
