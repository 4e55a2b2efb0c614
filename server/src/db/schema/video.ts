import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Profession } from '../../../../contracts/enums.ts';
import type { GuestRole, MeetingKind, ParticipantKind, ParticipantState } from '../../../../contracts/video.ts';
import { bookings } from './bookings.ts';
import { residents } from './residents.ts';
import { staff } from './staff.ts';
import { careUnits } from './units.ts';

/**
 * R-VM-1: a video meeting at a unit. One for each video booking (made when staff start it or the
 * resident enters the waiting room), several bookings for a group, none between professions.
 * No media is ever stored: only who took part and when (R-UN-5).
 */
export const videoMeetings = pgTable(
  'video_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => careUnits.id),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: text('title'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    namesVisible: boolean('names_visible').notNull().default(false),
    /** Set when a media server forwards the meeting's streams; its room pin, never shown to browsers. */
    sfuRoom: text('sfu_room'),
    sfuPin: text('sfu_pin'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    /** When two people were first in the meeting together, and when it ended: the duration recorded. */
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('video_meetings_unit_idx').on(t.unitId, t.startsAt)],
);

/** Who a meeting is for: the residents by their bookings, and its staff (who enter without waiting). */
export const videoMeetingMembers = pgTable(
  'video_meeting_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => videoMeetings.id),
    bookingId: uuid('booking_id').references(() => bookings.id),
    residentId: uuid('resident_id').references(() => residents.id),
    staffId: uuid('staff_id').references(() => staff.id),
  },
  (t) => [
    // A booking belongs to one meeting at most.
    uniqueIndex('video_meeting_members_booking_idx').on(t.bookingId),
    uniqueIndex('video_meeting_members_staff_idx').on(t.meetingId, t.staffId),
    index('video_meeting_members_meeting_idx').on(t.meetingId),
  ],
);

/**
 * R-VM-3: a link for one extra person. Only the token's hash is kept; it is redeemed once, within
 * its window, and can be revoked.
 */
export const videoGuestLinks = pgTable(
  'video_guest_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => videoMeetings.id),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role').$type<GuestRole>().notNull(),
    label: text('label').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByStaffId: uuid('created_by_staff_id').notNull().references(() => staff.id),
    sentBySms: boolean('sent_by_sms').notNull().default(false),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    /** The name the guest gave, or the one their e-ID carried when the unit requires e-ID. */
    guestName: text('guest_name'),
    eidVerified: boolean('eid_verified').notNull().default(false),
  },
  (t) => [index('video_guest_links_meeting_idx').on(t.meetingId)],
);

/** Everyone who entered the waiting room or the meeting, with when; R-PX-5: a proxy is the actor, the resident the subject. */
export const videoParticipants = pgTable(
  'video_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => videoMeetings.id),
    kind: text('kind').$type<ParticipantKind>().notNull(),
    staffId: uuid('staff_id').references(() => staff.id),
    residentId: uuid('resident_id').references(() => residents.id),
    actorResidentId: uuid('actor_resident_id').references(() => residents.id),
    guestLinkId: uuid('guest_link_id').references(() => videoGuestLinks.id),
    /** The names as they were at entry: the person in the meeting, the proxy acting for them, a staff member's profession. */
    displayName: text('display_name').notNull(),
    actorName: text('actor_name'),
    profession: text('profession').$type<Profession>(),
    state: text('state').$type<ParticipantState>().notNull(),
    /** The current connection's id while connected; null when gone. */
    presence: uuid('presence'),
    audio: boolean('audio').notNull().default(true),
    video: boolean('video').notNull().default(true),
    screen: boolean('screen').notNull().default(false),
    published: boolean('published').notNull().default(false),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    admittedAt: timestamp('admitted_at', { withTimezone: true }),
    admittedByStaffId: uuid('admitted_by_staff_id').references(() => staff.id),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    index('video_participants_meeting_idx').on(t.meetingId),
    uniqueIndex('video_participants_staff_idx').on(t.meetingId, t.staffId).where(sql`${t.staffId} is not null`),
    uniqueIndex('video_participants_resident_idx').on(t.meetingId, t.residentId).where(sql`${t.residentId} is not null`),
    uniqueIndex('video_participants_guest_idx').on(t.guestLinkId).where(sql`${t.guestLinkId} is not null`),
  ],
);

/** The chat beside the video, stored with the meeting; a client id makes a resend idempotent. */
export const videoChatMessages = pgTable(
  'video_chat_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => videoMeetings.id),
    participantId: uuid('participant_id').notNull().references(() => videoParticipants.id),
    clientId: uuid('client_id').notNull(),
    body: text('body').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('video_chat_messages_client_idx').on(t.meetingId, t.clientId), index('video_chat_messages_meeting_idx').on(t.meetingId, t.sentAt)],
);

/**
 * Signals to a participant connected to another server process: written here, its id sent over
 * LISTEN/NOTIFY (ids only), read and deleted by the process the participant is connected to.
 */
export const videoSignals = pgTable('video_signals', {
  seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  meetingId: uuid('meeting_id').notNull(),
  toParticipantId: uuid('to_participant_id').notNull(),
  message: text('message').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** R-VM-3: a unit's choices for video meetings. */
export const videoSettings = pgTable('video_settings', {
  unitId: uuid('unit_id').primaryKey().references(() => careUnits.id),
  guestsRequireEid: boolean('guests_require_eid').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedByStaffId: uuid('updated_by_staff_id').references(() => staff.id),
});
