import { z } from 'zod';
import { documentKind } from './enums.ts';
import { messageLink } from './messaging.ts';

export const MAX_DOCUMENT_BODY = 8000;
export const MAX_DOCUMENT_ATTACHMENTS = 5;

/**
 * R-DC-3…7, R-BK-2: why a document went where it went. Each decision carries every reason that
 * applied, so staff see it in plain words.
 */
export const routingReason = z.enum([
  'app_account',
  'mailbox_over_18',
  'mailbox_not_reachable',
  'mailbox_lookup_failed',
  'under_18_no_mailbox',
  'guardians_under_13',
  'registered_proxy',
  'no_app_no_mailbox',
  'reserve_number',
  'local_exception',
  'letter_without_control_code',
  'protected_identity_held',
  'protected_identity_paper',
  'protected_identity_digital',
  'account_blocked',
]);
export type RoutingReason = z.infer<typeof routingReason>;

/** Why a document is on the print list (R-DC-6). */
export const printReason = z.enum(['not_electronic', 'no_app_no_mailbox', 'unread_48h', 'mailbox_failed']);
export type PrintReason = z.infer<typeof printReason>;

export const routingDecision = z.object({
  /** How many people see it in the app (the resident, guardians, proxies). */
  appRecipients: z.number().int().min(0),
  mailbox: z.object({ operator: z.string() }).nullable(),
  printNow: z.boolean(),
  reasons: z.array(routingReason),
});
export type RoutingDecision = z.infer<typeof routingDecision>;

const clientRequestId = z.uuid();
const bodyText = z.string().trim().min(1, 'Write the text of the document').max(MAX_DOCUMENT_BODY, `At most ${MAX_DOCUMENT_BODY} characters`);
const titleText = z.string().trim().min(1, 'Give the document a title').max(120, 'At most 120 characters');

/** R-DC-1: staff send an e-invitation for a booking, an e-letter from a template, or a referral confirmation. */
export const sendDocumentRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('e_invitation'),
    requestId: clientRequestId,
    bookingId: z.uuid(),
    body: bodyText,
    links: z.array(messageLink).max(5).default([]),
    attachmentIds: z.array(z.uuid()).max(MAX_DOCUMENT_ATTACHMENTS).default([]),
  }),
  z.object({ kind: z.literal('e_letter'), requestId: clientRequestId, letterTemplateId: z.uuid(), body: bodyText.optional() }),
  z.object({ kind: z.literal('referral_confirmation'), requestId: clientRequestId, title: titleText, body: bodyText }),
]);
export type SendDocumentRequest = z.input<typeof sendDocumentRequest>;

export const documentStatus = z.enum(['held', 'sent']);
export const deliveryState = z.object({
  inApp: z.boolean(),
  mailbox: z.enum(['pending', 'delivered', 'failed']).nullable(),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  readBy: z.enum(['resident', 'proxy', 'mailbox']).nullable(),
  printQueuedAt: z.iso.datetime({ offset: true }).nullable(),
  printReason: printReason.nullable(),
  printedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const documentAttachmentInfo = z.object({ id: z.uuid(), name: z.string(), size: z.number().int() });

/** A document as staff see it: what was sent, where it went, and why. */
export const staffDocument = z.object({
  id: z.uuid(),
  kind: documentKind,
  title: z.string(),
  unitName: z.string(),
  status: documentStatus,
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  routing: routingDecision,
  delivery: deliveryState,
  agreement: z.object({ channel: z.enum(['digital', 'paper']), note: z.string(), at: z.iso.datetime({ offset: true }) }).nullable(),
  attachments: z.array(documentAttachmentInfo),
});
export type StaffDocument = z.infer<typeof staffDocument>;
export const sendDocumentResponse = z.object({ document: staffDocument });
export const staffDocumentsResponse = z.object({ documents: z.array(staffDocument) });
export type StaffDocumentsResponse = z.infer<typeof staffDocumentsResponse>;

/** What staff may send to a resident from their unit. */
export const documentOptionsResponse = z.object({
  /** Booked, coming visits at the unit whose type is not hidden (R-BK-2). */
  bookings: z.array(z.object({ id: z.uuid(), startsAt: z.iso.datetime({ offset: true }), typeName: z.string(), hasInvitation: z.boolean() })),
  letterTemplates: z.array(z.object({ id: z.uuid(), title: z.string(), body: z.string(), controlCode: z.string().nullable() })),
  /** The unit's functions allow each kind (R-UN-1). */
  kinds: z.array(documentKind),
});
export type DocumentOptionsResponse = z.infer<typeof documentOptionsResponse>;

/** R-DC-7: staff record how a resident with protected identity wants to be invited. */
export const agreementRequest = z.object({ channel: z.enum(['digital', 'paper']), note: z.string().trim().min(1, 'Write what was agreed').max(500) });

/** The resident's list, newest first. */
export const residentDocument = z.object({
  id: z.uuid(),
  kind: documentKind,
  title: z.string(),
  unitName: z.string(),
  sentAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ResidentDocument = z.infer<typeof residentDocument>;
export const residentDocumentsResponse = z.object({ documents: z.array(residentDocument) });
export type ResidentDocumentsResponse = z.infer<typeof residentDocumentsResponse>;
export const residentDocumentDetail = residentDocument.extend({
  body: z.string(),
  links: z.array(messageLink),
  attachments: z.array(documentAttachmentInfo),
  booking: z.object({ startsAt: z.iso.datetime({ offset: true }), place: z.string() }).nullable(),
});
export type ResidentDocumentDetail = z.infer<typeof residentDocumentDetail>;
export const readDocumentResponse = z.object({ readAt: z.iso.datetime({ offset: true }) });

/** R-DC-6, R-DC-9: the unit's print list. */
export const printListItem = z.object({
  id: z.uuid(),
  kind: documentKind,
  title: z.string(),
  resident: z.object({ id: z.uuid(), name: z.string(), birthDate: z.iso.date() }),
  reason: printReason,
  queuedAt: z.iso.datetime({ offset: true }),
});
export type PrintListItem = z.infer<typeof printListItem>;
export const printListSummary = z.object({ waiting: z.number().int(), oldestQueuedAt: z.iso.datetime({ offset: true }).nullable() });
export type PrintListSummary = z.infer<typeof printListSummary>;
export const printListResponse = z.object({ summary: printListSummary, items: z.array(printListItem) });
export type PrintListResponse = z.infer<typeof printListResponse>;
export const printSelectionRequest = z.object({ documentIds: z.array(z.uuid()).min(1, 'Choose at least one document').max(200, 'At most 200 at a time') });
export const markPrintedResponse = z.object({ printed: z.number().int() });

/** R-DC-2: letter templates per unit. */
export const letterTemplateInput = z.object({
  title: titleText,
  body: bodyText,
  controlCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,20}$/, 'Use 2–20 capital letters, digits or -')
    .nullable()
    .default(null),
});
export type LetterTemplateInput = z.input<typeof letterTemplateInput>;
export const letterTemplate = z.object({ id: z.uuid(), title: z.string(), body: z.string(), controlCode: z.string().nullable(), updatedAt: z.iso.datetime({ offset: true }) });
export type LetterTemplate = z.infer<typeof letterTemplate>;
export const letterTemplatesResponse = z.object({ templates: z.array(letterTemplate) });
export type LetterTemplatesResponse = z.infer<typeof letterTemplatesResponse>;
