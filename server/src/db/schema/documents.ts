import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DocumentContent, DocumentRouting } from '../../modules/documents/document-content.ts';
import { bookings } from './bookings.ts';
import { residents } from './residents.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** R-DC-2: a unit's letter templates, kept by system administrators; a control code lets a letter go electronically. */
export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    controlCode: text('control_code'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedByStaffId: uuid('updated_by_staff_id').notNull().references(() => staff.id),
  },
  (t) => [index('letter_templates_unit_idx').on(t.unitId)],
);

/**
 * R-DC-1…9: one e-document to one resident. The content is a snapshot taken when it was sent (text,
 * letterhead, recipient); its PDF is rendered from that snapshot whenever it is needed, the same every
 * time. The routing decision and its reasons are kept beside it.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
    kind: text('kind').notNull(),
    bookingId: uuid('booking_id').references(() => bookings.id),
    letterTemplateId: uuid('letter_template_id').references(() => letterTemplates.id),
    content: jsonb('content').$type<DocumentContent>().notNull(),
    routing: jsonb('routing').$type<DocumentRouting>().notNull(),
    /** `held` until staff record the agreement with a resident with protected identity (R-DC-7); then `sent`. */
    status: text('status').notNull(),
    createdByStaffId: uuid('created_by_staff_id').notNull().references(() => staff.id),
    /** The sender's id for the send request: a retry never sends twice. */
    requestId: uuid('request_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** R-DC-7: how the resident agreed to be invited, by whom and when. */
    agreement: jsonb('agreement').$type<{ channel: 'digital' | 'paper'; note: string; staffId: string; at: string }>(),
    /** Whether it was delivered to the app (someone in `document_app_recipients`). */
    inApp: boolean('in_app').notNull().default(false),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Who read it: a resident (perhaps a proxy), or `mailbox` (R-DC-4: delivered counts as read). */
    readBy: text('read_by'),
    /** Digital mailbox delivery: pending → delivered, or failed after its retries (then printed). */
    mailboxState: text('mailbox_state'),
    mailboxAttempts: integer('mailbox_attempts').notNull().default(0),
    mailboxNextAttemptAt: timestamp('mailbox_next_attempt_at', { withTimezone: true }),
    mailboxDeliveredAt: timestamp('mailbox_delivered_at', { withTimezone: true }),
    /** R-DC-6: on the print list since, and why; printed when and by whom. */
    printQueuedAt: timestamp('print_queued_at', { withTimezone: true }),
    printReason: text('print_reason'),
    printedAt: timestamp('printed_at', { withTimezone: true }),
    printedByStaffId: uuid('printed_by_staff_id').references(() => staff.id),
    /** When the app recipients were told of it (SMS/push, no content); null while due. */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('documents_request_idx').on(t.createdByStaffId, t.requestId),
    // One e-invitation per booking: a second send is refused here, also when two senders race.
    uniqueIndex('documents_invitation_booking_idx').on(t.bookingId).where(sql`${t.kind} = 'e_invitation'`),
    index('documents_resident_idx').on(t.residentId, t.createdAt),
    index('documents_created_idx').on(t.createdAt, t.unitId),
    // R-DC-6: the 48-hour job reads only documents that may still move.
    index('documents_unread_app_idx').on(t.sentAt).where(sql`${t.inApp} and ${t.readAt} is null and ${t.mailboxState} is null and ${t.printQueuedAt} is null`),
    index('documents_print_list_idx').on(t.unitId, t.printQueuedAt).where(sql`${t.printQueuedAt} is not null and ${t.printedAt} is null`),
    index('documents_mailbox_due_idx').on(t.mailboxNextAttemptAt).where(sql`${t.mailboxState} = 'pending'`),
    index('documents_notify_idx').on(t.sentAt).where(sql`${t.inApp} and ${t.notifiedAt} is null`),
    check('documents_kind', sql`${t.kind} in ('e_invitation', 'e_letter', 'referral_confirmation')`),
    check('documents_status', sql`${t.status} in ('held', 'sent')`),
    check('documents_mailbox_state', sql`${t.mailboxState} is null or ${t.mailboxState} in ('pending', 'delivered', 'failed')`),
  ],
);

/** R-DC-3: who sees a document in the app: the resident with an account, guardians of a child under 13, registered proxies. */
export const documentAppRecipients = pgTable(
  'document_app_recipients',
  {
    documentId: uuid('document_id').notNull().references(() => documents.id),
    residentId: uuid('resident_id').notNull().references(() => residents.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.residentId] }), index('document_app_recipients_resident_idx').on(t.residentId)],
);

/** R-DC-1: a PDF attached to an e-invitation; uploaded first (checked like chat files), then sent with a document. */
export const documentAttachments = pgTable(
  'document_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').references(() => documents.id),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    uploadedByStaffId: uuid('uploaded_by_staff_id').notNull().references(() => staff.id),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('document_attachments_document_idx').on(t.documentId)],
);
