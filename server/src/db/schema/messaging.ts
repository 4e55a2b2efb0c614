import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ConversationEvent, MessageLink, OpeningHour, TriageItem } from '../../../../contracts/messaging.ts';
import type { Questionnaire } from '../../../../contracts/questionnaire.ts';
import { bookings } from './bookings.ts';
import { residents } from './residents.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Opening hours for live chat; a unit without a row has no live chat, only asynchronous (R-MS-5). */
export const chatSettings = pgTable('chat_settings', {
  unitId: uuid('unit_id').primaryKey().references(() => careUnits.id),
  openingHours: jsonb('opening_hours').$type<OpeningHour[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedByStaffId: uuid('updated_by_staff_id').references(() => staff.id),
});

/** R-MS-4: the errands a unit takes in chat, each with its questions and the queue it goes to. */
export const chatErrands = pgTable(
  'chat_errands',
  {
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    errand: text('errand').notNull(),
    queue: text('queue'),
    questionnaire: jsonb('questionnaire').$type<Questionnaire>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.errand] })],
);

/**
 * A conversation between a unit and a resident. `last_seq` numbers its messages without gaps: the
 * update that takes the next number holds the row lock until the message is committed.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    startedBy: text('started_by').notNull(),
    /** R-PX-5: the person who started it (a proxy, perhaps), or the staff member. */
    startedByResidentId: uuid('started_by_resident_id').references(() => residents.id),
    startedByStaffId: uuid('started_by_staff_id').references(() => staff.id),
    /** The client's id for the start, so a retried start opens one conversation. */
    startClientId: uuid('start_client_id'),
    errand: text('errand'),
    mode: text('mode').notNull(),
    bookingId: uuid('booking_id').references(() => bookings.id),
    queue: text('queue'),
    holderStaffId: uuid('holder_staff_id').references(() => staff.id),
    handedOver: boolean('handed_over').notNull().default(false),
    /** Who is to write next: 'care' or 'resident'. */
    awaiting: text('awaiting').notNull(),
    /** Since when the resident has waited for care; null while care waits for the resident. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    lastSeq: integer('last_seq').notNull().default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull(),
    /** The last resident message and the last care message visible to the resident, for unread counts. */
    lastResidentSeq: integer('last_resident_seq').notNull().default(0),
    lastCareSeq: integer('last_care_seq').notNull().default(0),
    residentReadSeq: integer('resident_read_seq').notNull().default(0),
    careReadSeq: integer('care_read_seq').notNull().default(0),
    /** The last care message a notification was sent for (R-ID-2 consent, no content). */
    notifiedSeq: integer('notified_seq').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByStaffId: uuid('closed_by_staff_id').references(() => staff.id),
  },
  // Every message updates its conversation's row, so no index holds a column a resident's message
  // changes (waiting_since, last_message_at): then that update is a heap-only tuple update, with no
  // index entries to write, on pages the migration leaves room on (fillfactor). A unit's open
  // conversations and a resident's few are sorted when read.
  (t) => [
    index('conversations_unit_open_idx').on(t.unitId, t.closedAt),
    index('conversations_resident_idx').on(t.residentId),
    index('conversations_notify_idx').on(t.lastCareSeq, t.notifiedSeq).where(sql`${t.lastCareSeq} > ${t.notifiedSeq}`),
    uniqueIndex('conversations_start_client_idx').on(t.residentId, t.startClientId),
    check('conversations_started_by', sql`${t.startedBy} in ('resident', 'care')`),
    check('conversations_awaiting', sql`${t.awaiting} in ('resident', 'care')`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    seq: integer('seq').notNull(),
    clientId: uuid('client_id'),
    author: text('author').notNull(),
    /** R-PX-5: who wrote; a proxy writes for the conversation's resident. */
    authorResidentId: uuid('author_resident_id').references(() => residents.id),
    authorStaffId: uuid('author_staff_id').references(() => staff.id),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    triage: jsonb('triage').$type<TriageItem[]>(),
    event: jsonb('event').$type<ConversationEvent>(),
    links: jsonb('links').$type<MessageLink[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('messages_conversation_seq_idx').on(t.conversationId, t.seq),
    uniqueIndex('messages_client_idx').on(t.conversationId, t.clientId),
    index('messages_created_idx').on(t.createdAt),
    check('messages_author', sql`${t.author} in ('resident', 'care', 'system')`),
    check('messages_kind', sql`${t.kind} in ('text', 'note', 'triage', 'event')`),
  ],
);

/**
 * R-MS-11: a checked, re-encoded file. It is uploaded first and belongs to its uploader until a
 * message takes it (`message_id`); files never taken are removed after a day.
 */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    messageId: uuid('message_id').references(() => messages.id),
    uploadedByResidentId: uuid('uploaded_by_resident_id').references(() => residents.id),
    uploadedByStaffId: uuid('uploaded_by_staff_id').references(() => staff.id),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('message_attachments_conversation_idx').on(t.conversationId), index('message_attachments_message_idx').on(t.messageId)],
);

/** R-MS-8: a template is the unit's (kept by system administrators) or one staff member's own. */
export const replyTemplates = pgTable(
  'reply_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').references(() => careUnits.id),
    ownerStaffId: uuid('owner_staff_id').references(() => staff.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    shortcut: text('shortcut'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('reply_templates_unit_idx').on(t.unitId),
    index('reply_templates_owner_idx').on(t.ownerStaffId),
    check('reply_templates_one_owner', sql`(${t.unitId} is null) <> (${t.ownerStaffId} is null)`),
  ],
);

/** R-MS-9: one evaluation per closed conversation, with no link to who answered beyond the conversation. */
export const conversationEvaluations = pgTable('conversation_evaluations', {
  conversationId: uuid('conversation_id').primaryKey().references(() => conversations.id),
  unitId: uuid('unit_id').notNull().references(() => careUnits.id),
  satisfaction: integer('satisfaction').notNull(),
  gotHelp: text('got_help').notNull(),
  comment: text('comment').notNull(),
  answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
});

/** Web Push subscriptions of a resident's browsers (R-ID-2 consent is the accepted terms). */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    endpoint: text('endpoint').primaryKey(),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('push_subscriptions_resident_idx').on(t.residentId)],
);
