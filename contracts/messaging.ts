import { z } from 'zod';
import { profession } from './enums.ts';
import { answers, questionnaire } from './questionnaire.ts';
import { localizedText } from './resident.ts';

/** R-MS-4, R-BK-7: what a resident's chat is about; each unit chooses which it takes and asks its own questions. */
export const errand = z.enum(['advice', 'booking_change', 'prescription', 'administrative', 'other']);
export type Errand = z.infer<typeof errand>;

/** R-MS-5: live (staff present, a queue, opening hours) or back and forth at different times. */
export const chatMode = z.enum(['live', 'async']);
export type ChatMode = z.infer<typeof chatMode>;

export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;
export const MAX_ATTACHMENTS_PER_CONVERSATION = 20;

/** Plain text only (R-MS: never rendered as HTML); surrounding blanks are trimmed, an empty text is refused. */
export const messageText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'Write a message').max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`));

/** A client-chosen id per message, so that a retry never stores it twice. */
export const clientId = z.uuid();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');
/** Opening hours for live chat in Swedish time; weekday 1 = Monday … 7 = Sunday. */
export const openingHour = z
  .object({ weekday: z.number().int().min(1).max(7), opens: hhmm, closes: hhmm })
  .refine((h) => h.opens < h.closes, { message: 'Closing time must be after opening time', path: ['closes'] });
export type OpeningHour = z.infer<typeof openingHour>;

export const errandSetting = z.object({
  errand,
  /** The profession queue new chats of this errand go to; null: the unit's common queue. */
  queue: profession.nullable(),
  questionnaire,
});
export type ErrandSetting = z.infer<typeof errandSetting>;

/** A unit's chat settings, kept by system administrators. */
export const chatSettings = z.object({
  openingHours: z.array(openingHour).max(21),
  errands: z.array(errandSetting).max(errand.options.length),
});
export type ChatSettings = z.infer<typeof chatSettings>;

/** Where the resident may write, and what each unit asks. */
export const chatStartOption = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  liveOpenNow: z.boolean(),
  openingHours: z.array(openingHour),
  errands: z.array(z.object({ errand, questionnaire })),
});
export const chatStartOptionsResponse = z.object({ units: z.array(chatStartOption) });
export type ChatStartOptionsResponse = z.infer<typeof chatStartOptionsResponse>;

export const chatTriageRequest = z.object({ unitId: z.uuid(), errand, answers });
export const chatTriageResponse = z.discriminatedUnion('result', [
  z.object({ result: z.literal('pass') }),
  z.object({ result: z.literal('stop'), questionId: z.string(), advice: localizedText.nullable() }),
]);
export type ChatTriageResponse = z.infer<typeof chatTriageResponse>;

export const startChatRequest = z.object({
  unitId: z.uuid(),
  errand,
  mode: chatMode,
  answers,
  /** R-BK-7: the booking to cancel or move, for that errand. */
  bookingId: z.uuid().nullable().default(null),
  message: messageText,
  clientId,
});
export type StartChatRequest = z.input<typeof startChatRequest>;

export const startConversationResponse = z.object({ conversationId: z.uuid() });

/** R-MS-1: staff start a conversation with a resident. */
export const staffStartConversationRequest = z.object({ message: messageText, clientId });

const httpsUrl = z
  .url({ protocol: /^https$/, message: 'Links must start with https://' })
  .max(2000);
export const messageLink = z.object({ title: z.string().trim().min(1).max(120), url: httpsUrl });
export type MessageLink = z.infer<typeof messageLink>;

export const sendMessageRequest = z.object({
  clientId,
  body: messageText,
  attachmentIds: z.array(z.uuid()).max(MAX_ATTACHMENTS_PER_MESSAGE).default([]),
});
export type SendMessageRequest = z.input<typeof sendMessageRequest>;

/** Staff write a reply the resident sees, or an internal note only staff see (R-MS-6/7). */
export const staffSendMessageRequest = sendMessageRequest.extend({
  kind: z.enum(['reply', 'note']).default('reply'),
  links: z.array(messageLink).max(5).default([]),
});
export type StaffSendMessageRequest = z.input<typeof staffSendMessageRequest>;

export const attachmentInfo = z.object({ id: z.uuid(), name: z.string(), contentType: z.string(), size: z.number().int() });
export type AttachmentInfo = z.infer<typeof attachmentInfo>;

/** The resident's triage answers, with the questions as they were asked. */
export const triageItem = z.object({ question: localizedText, answer: z.union([z.string(), z.array(localizedText)]) });
export type TriageItem = z.infer<typeof triageItem>;

export const conversationEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('taken'), staffName: z.string(), profession }),
  z.object({ type: z.literal('handed_over'), toQueue: profession.nullable(), toStaffName: z.string().nullable(), toStaffProfession: profession.nullable() }),
  z.object({ type: z.literal('call_back') }),
  z.object({ type: z.literal('closed') }),
  z.object({ type: z.literal('booking_change'), bookingId: z.uuid() }),
]);
export type ConversationEvent = z.infer<typeof conversationEvent>;

export const messageAuthor = z.enum(['resident', 'care', 'system']);
export const message = z.object({
  id: z.uuid(),
  seq: z.number().int().min(1),
  clientId: z.uuid().nullable(),
  author: messageAuthor,
  /** Staff: name and profession; a proxy writing for a child: the proxy's name; the resident: null. */
  authorName: z.string().nullable(),
  authorProfession: profession.nullable(),
  kind: z.enum(['text', 'note', 'triage', 'event']),
  body: z.string(),
  triage: z.array(triageItem).nullable(),
  event: conversationEvent.nullable(),
  links: z.array(messageLink),
  attachments: z.array(attachmentInfo),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Message = z.infer<typeof message>;

export const sendMessageResponse = z.object({ message });

export const conversationStatus = z.enum(['open', 'closed']);

/** The resident's view of a conversation. */
export const residentConversation = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  errand: errand.nullable(),
  mode: chatMode,
  status: conversationStatus,
  startedBy: z.enum(['resident', 'care']),
  createdAt: z.iso.datetime({ offset: true }),
  lastMessageAt: z.iso.datetime({ offset: true }),
  lastSeq: z.number().int(),
  unread: z.number().int(),
  /** The last message of the resident that someone in care has read. */
  careReadSeq: z.number().int(),
  /** Live chats waiting for staff: the place in the queue and a rough wait. */
  queue: z.object({ position: z.number().int().min(1), expectedWaitMinutes: z.number().int().min(0) }).nullable(),
  /** R-MS-9: a closed chat asks its evaluation questions once. */
  evaluationPending: z.boolean(),
  /** Whether the resident may still write in it. */
  canWrite: z.boolean(),
});
export type ResidentConversation = z.infer<typeof residentConversation>;
export const residentConversationsResponse = z.object({ conversations: z.array(residentConversation) });
export type ResidentConversationsResponse = z.infer<typeof residentConversationsResponse>;

/** A message's number in its conversation; stored as a 32-bit integer, so larger ones are refused, not sent to the database. */
export const sequenceNumber = z.number().int().min(0).max(2_147_483_647);

export const afterSeqQuery = z.object({ afterSeq: z.coerce.number().pipe(sequenceNumber).default(0) });
export const residentConversationResponse = z.object({ conversation: residentConversation, messages: z.array(message) });
export type ResidentConversationResponse = z.infer<typeof residentConversationResponse>;

export const readRequest = z.object({ seq: sequenceNumber });

/** R-MS-12: staff inbox views. */
export const inboxView = z.enum(['new', 'mine', 'waiting_for_resident', 'handed_over', 'closed', 'all_open']);
export type InboxView = z.infer<typeof inboxView>;
export const inboxQuery = z.object({
  view: inboxView.default('new'),
  errand: errand.optional(),
  mode: chatMode.optional(),
  waitingOverMinutes: z.coerce.number().int().min(1).max(100_000).optional(),
});
export type InboxQuery = z.input<typeof inboxQuery>;

const staffRef = z.object({ staffId: z.uuid(), name: z.string(), profession });
export const inboxItem = z.object({
  id: z.uuid(),
  /** `givenName` is for greetings ({förnamn} in templates); `name` is the full name. */
  resident: z.object({ id: z.uuid(), name: z.string(), givenName: z.string(), birthDate: z.iso.date() }),
  errand: errand.nullable(),
  mode: chatMode,
  status: conversationStatus,
  awaiting: z.enum(['care', 'resident']),
  queue: profession.nullable(),
  holder: staffRef.nullable(),
  handedOver: z.boolean(),
  waitingSince: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  lastMessageAt: z.iso.datetime({ offset: true }),
  unread: z.number().int(),
});
export type InboxItem = z.infer<typeof inboxItem>;
export const inboxSummary = z.object({
  new: z.number().int(),
  mine: z.number().int(),
  waitingForResident: z.number().int(),
  handedOver: z.number().int(),
  oldestWaitingSince: z.iso.datetime({ offset: true }).nullable(),
});
export const inboxResponse = z.object({ summary: inboxSummary, conversations: z.array(inboxItem) });
export type InboxResponse = z.infer<typeof inboxResponse>;

export const staffConversation = inboxItem.extend({
  unitId: z.uuid(),
  lastSeq: z.number().int(),
  residentReadSeq: z.number().int(),
  bookingId: z.uuid().nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type StaffConversation = z.infer<typeof staffConversation>;
export const staffConversationResponse = z.object({ conversation: staffConversation, messages: z.array(message) });
export type StaffConversationResponse = z.infer<typeof staffConversationResponse>;

export const handOverRequest = z
  .object({ queue: profession.nullable().default(null), staffId: z.uuid().nullable().default(null), note: messageText })
  .refine((h) => (h.queue === null) !== (h.staffId === null), { message: 'Choose a queue or a colleague', path: ['queue'] });
export type HandOverRequest = z.input<typeof handOverRequest>;

export const colleaguesResponse = z.object({ colleagues: z.array(staffRef) });
export type ColleaguesResponse = z.infer<typeof colleaguesResponse>;

/** R-MS-8: reply templates; placeholders such as {förnamn} are filled in when inserted. */
export const TEMPLATE_PLACEHOLDERS = ['{förnamn}', '{mottagning}', '{mitt_namn}'] as const;
export const templateInput = z.object({
  title: z.string().trim().min(1, 'Give the template a title').max(80),
  body: z.string().trim().min(1, 'Write the template text').max(MAX_MESSAGE_LENGTH),
  /** Typed after "/" in the reply box to insert the template. */
  shortcut: z
    .string()
    .regex(/^[a-zåäö0-9-]{1,20}$/, 'Use up to 20 lower-case letters, digits or -')
    .nullable()
    .default(null),
});
export type TemplateInput = z.input<typeof templateInput>;
export const replyTemplate = z.object({ id: z.uuid(), scope: z.enum(['unit', 'mine']), title: z.string(), body: z.string(), shortcut: z.string().nullable() });
export type ReplyTemplate = z.infer<typeof replyTemplate>;
export const templatesResponse = z.object({ templates: z.array(replyTemplate) });
export type TemplatesResponse = z.infer<typeof templatesResponse>;

/** R-MS-9: the evaluation questions after a closed chat. */
export const evaluationRequest = z.object({
  /** 1 (very dissatisfied) … 5 (very satisfied) */
  satisfaction: z.number().int().min(1).max(5),
  gotHelp: z.enum(['yes', 'partly', 'no']),
  comment: z.string().trim().max(1000).default(''),
});
export type EvaluationRequest = z.input<typeof evaluationRequest>;
export const evaluationSummaryResponse = z.object({
  unitName: z.string(),
  answered: z.number().int(),
  closedChats: z.number().int(),
  averageSatisfaction: z.number().nullable(),
  satisfaction: z.array(z.object({ score: z.number().int(), count: z.number().int() })),
  gotHelp: z.object({ yes: z.number().int(), partly: z.number().int(), no: z.number().int() }),
  /** The latest free-text comments, without who wrote them. */
  comments: z.array(z.object({ text: z.string(), at: z.iso.datetime({ offset: true }), errand: errand.nullable() })),
});
export type EvaluationSummaryResponse = z.infer<typeof evaluationSummaryResponse>;

export const pushKeyResponse = z.object({ publicKey: z.string().nullable() });
export const pushSubscriptionRequest = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export const pushUnsubscribeRequest = z.object({ endpoint: z.string().max(2000) });
