import { z } from 'zod';
import { profession } from './enums.ts';
import { localizedText } from './resident.ts';

/** R-VM-1: 1:1; group (one staff, several residents); team visit (several staff, one resident); between professions (staff only). */
export const meetingKind = z.enum(['one_to_one', 'group', 'team', 'professions']);
export type MeetingKind = z.infer<typeof meetingKind>;

export const participantKind = z.enum(['staff', 'resident', 'guest']);
export type ParticipantKind = z.infer<typeof participantKind>;

/** R-VM-4: everyone but the meeting's staff waits until admitted. */
export const participantState = z.enum(['waiting', 'admitted', 'removed', 'left']);
export type ParticipantState = z.infer<typeof participantState>;

/** How media flow: directly between two; directly between each pair (no media server); through the SFU. */
export const mediaTopology = z.enum(['p2p', 'mesh', 'sfu']);
export type MediaTopology = z.infer<typeof mediaTopology>;

/** R-VM-3: who a guest link is for. */
export const guestRole = z.enum(['interpreter', 'relative', 'other']);
export type GuestRole = z.infer<typeof guestRole>;

export const meetingStatus = z.enum(['not_started', 'open', 'ended']);
export type MeetingStatus = z.infer<typeof meetingStatus>;

const instant = z.iso.datetime({ offset: true });
const displayName = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(2, 'Write your name').max(80, 'At most 80 characters'));

/** A person waiting in the waiting room, as staff see them. */
export const waitingPerson = z.object({ participantId: z.uuid(), name: z.string(), kind: participantKind, actingFor: z.string().nullable(), since: instant });

/** One row of the staff portal's video meetings: a meeting, or a video booking no meeting has been opened for yet. */
export const staffMeetingItem = z.object({
  meetingId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
  kind: meetingKind,
  title: z.string().nullable(),
  appointmentType: localizedText.nullable(),
  startsAt: instant,
  endsAt: instant,
  status: meetingStatus,
  residents: z.array(z.object({ residentId: z.uuid(), name: z.string() })),
  staff: z.array(z.object({ staffId: z.uuid(), name: z.string(), profession })),
  /** Whether the signed-in staff member is staff of the meeting (may enter without admission). */
  mine: z.boolean(),
  waiting: z.array(waitingPerson),
  admittedCount: z.number().int(),
  durationMinutes: z.number().int().nullable(),
});
export type StaffMeetingItem = z.infer<typeof staffMeetingItem>;
export const staffMeetingsResponse = z.object({ date: z.iso.date(), meetings: z.array(staffMeetingItem), sfu: z.boolean(), meshLimit: z.number().int() });
export type StaffMeetingsResponse = z.infer<typeof staffMeetingsResponse>;
export const staffMeetingsQuery = z.object({ date: z.iso.date().optional() });

/** R-VM-1, R-BK-5: a meeting from the unit's video bookings, with colleagues; between professions without residents. */
export const createMeetingRequest = z.object({
  kind: meetingKind,
  bookingIds: z.array(z.uuid()).max(12).default([]),
  staffIds: z.array(z.uuid()).max(8).default([]),
  title: z.string().trim().min(2).max(120).nullable().default(null),
  /** Only for meetings between professions, which have no booking. */
  startsAt: instant.optional(),
  durationMinutes: z.number().int().min(5).max(240).optional(),
  /** Group meetings: whether residents see each other's names. */
  namesVisible: z.boolean().default(false),
});
export type CreateMeetingRequest = z.input<typeof createMeetingRequest>;
export const meetingIdResponse = z.object({ meetingId: z.uuid() });

export const namesVisibleRequest = z.object({ namesVisible: z.boolean() });

/** R-VM-3: a link for one extra person; sent by SMS when a number is given, otherwise copied by staff. */
export const createGuestLinkRequest = z.object({
  role: guestRole,
  label: z.string().trim().min(2).max(80),
  mobileNumber: z
    .string()
    .trim()
    .regex(/^(\+46|0)7[\d -]{8,12}$/, 'A Swedish mobile number, e.g. 070-123 45 67')
    .nullable()
    .default(null),
});
export type CreateGuestLinkRequest = z.input<typeof createGuestLinkRequest>;
export const guestLink = z.object({
  id: z.uuid(),
  role: guestRole,
  label: z.string(),
  validFrom: instant,
  validUntil: instant,
  status: z.enum(['unused', 'used', 'revoked', 'expired']),
  sentBySms: z.boolean(),
  guestName: z.string().nullable(),
});
export type GuestLink = z.infer<typeof guestLink>;
/** The address is shown once, when the link is made: only its hash is kept. */
export const createdGuestLink = guestLink.extend({ url: z.string() });
export type CreatedGuestLink = z.infer<typeof createdGuestLink>;
export const guestLinksResponse = z.object({ links: z.array(guestLink) });

/** What a resident sees of their video booking's meeting before joining. */
export const residentMeetingResponse = z.object({
  bookingId: z.uuid(),
  unitName: z.string(),
  appointmentType: localizedText,
  startsAt: instant,
  endsAt: instant,
  /** From when the waiting room opens, and whether the meeting has ended. */
  opensAt: instant,
  ended: z.boolean(),
  forPerson: z.string(),
});
export type ResidentMeetingResponse = z.infer<typeof residentMeetingResponse>;
export const residentJoinResponse = z.object({ meetingId: z.uuid() });

export const guestTokenRequest = z.object({ token: z.string().min(20).max(100) });
/** What the guest page may show before the guest identifies: the unit and the time, never who the meeting is for. */
export const guestLinkPreview = z.object({
  status: z.enum(['valid', 'not_yet_valid', 'expired', 'revoked', 'used']),
  unitName: z.string(),
  startsAt: instant,
  validFrom: instant,
  validUntil: instant,
  eidRequired: z.boolean(),
});
export type GuestLinkPreview = z.infer<typeof guestLinkPreview>;
export const guestRedeemRequest = guestTokenRequest.extend({ name: displayName });
export const guestMeResponse = z.object({ meetingId: z.uuid(), name: z.string(), unitName: z.string(), startsAt: instant, eidVerified: z.boolean() });
export type GuestMeResponse = z.infer<typeof guestMeResponse>;

/** R-VM-3: a unit's video settings. */
export const videoSettings = z.object({ guestsRequireEid: z.boolean() });
export type VideoSettings = z.infer<typeof videoSettings>;

/** ICE servers for RTCPeerConnection: TURN with time-limited credentials (TURN REST), or none on a local network. */
export const iceServer = z.object({ urls: z.array(z.string()), username: z.string().optional(), credential: z.string().optional() });
export type IceServer = z.infer<typeof iceServer>;

/** A participant as one viewer sees them (R-VM-1: in a group, residents may see others without names). */
export const meetingParticipant = z.object({
  id: z.uuid(),
  kind: participantKind,
  /** Null when the viewer may not see the name (another resident in a group). */
  name: z.string().nullable(),
  actingFor: z.string().nullable(),
  profession: profession.nullable(),
  state: participantState,
  present: z.boolean(),
  /** Changes on each (re)connection: peers build a new connection to a new presence. */
  presence: z.string().nullable(),
  audio: z.boolean(),
  video: z.boolean(),
  screen: z.boolean(),
  /** Its stream is published to the SFU and may be subscribed to. */
  published: z.boolean(),
});
export type MeetingParticipant = z.infer<typeof meetingParticipant>;

export const meetingView = z.object({
  meetingId: z.uuid(),
  kind: meetingKind,
  title: z.string().nullable(),
  unitName: z.string(),
  startsAt: instant,
  status: meetingStatus,
  topology: mediaTopology,
  /** Without a media server, at most this many take part (the mesh). */
  meshLimit: z.number().int(),
  namesVisible: z.boolean(),
  you: z.object({ id: z.uuid(), kind: participantKind, state: participantState, isStaff: z.boolean() }),
  participants: z.array(meetingParticipant),
});
export type MeetingView = z.infer<typeof meetingView>;

export const MAX_MEETING_CHAT_LENGTH = 2000;
export const meetingChatMessage = z.object({ id: z.uuid(), clientId: z.uuid(), participantId: z.uuid(), name: z.string().nullable(), body: z.string(), sentAt: instant });
export type MeetingChatMessage = z.infer<typeof meetingChatMessage>;

/** A WebRTC description or candidate between a participant and a peer (another participant, or the SFU for one feed). */
export const rtcPayload = z.union([
  z.object({ description: z.object({ type: z.enum(['offer', 'answer']), sdp: z.string().max(60_000) }) }),
  z.object({ candidate: z.object({ candidate: z.string().max(1000), sdpMid: z.string().max(64).nullable().optional(), sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional() }).nullable() }),
]);
export type RtcPayload = z.infer<typeof rtcPayload>;

/** The SFU as a peer: "sfu" for the own published stream, "sfu:<participant id>" for a subscription to theirs. */
export const peerId = z.union([z.uuid(), z.literal('sfu'), z.string().regex(/^sfu:[0-9a-f-]{36}$/)]);

export const videoClientMessages = [
  z.object({ type: z.literal('video_join'), meetingId: z.uuid() }),
  z.object({ type: z.literal('video_leave'), meetingId: z.uuid() }),
  z.object({ type: z.literal('video_signal'), meetingId: z.uuid(), to: peerId, payload: rtcPayload }),
  /** SFU: ask for another participant's stream; the media server's offer comes back as a signal from "sfu:<feed>". */
  z.object({ type: z.literal('video_subscribe'), meetingId: z.uuid(), feed: z.uuid() }),
  z.object({ type: z.literal('video_media'), meetingId: z.uuid(), audio: z.boolean(), video: z.boolean(), screen: z.boolean() }),
  z.object({ type: z.literal('video_chat'), meetingId: z.uuid(), clientId: z.uuid(), body: z.string().trim().min(1, 'Write a message').max(MAX_MEETING_CHAT_LENGTH) }),
] as const;

export const videoServerMessages = [
  /** Sent on joining and whenever the meeting changes; each participant gets their own view. */
  z.object({ type: z.literal('video_state'), meeting: meetingView }),
  z.object({ type: z.literal('video_ice'), meetingId: z.uuid(), iceServers: z.array(iceServer), iceTransportPolicy: z.enum(['all', 'relay']) }),
  z.object({ type: z.literal('video_signal'), meetingId: z.uuid(), from: peerId, payload: rtcPayload }),
  z.object({ type: z.literal('video_chat'), meetingId: z.uuid(), messages: z.array(meetingChatMessage) }),
  /** Staff muted this participant's microphone; they may unmute themselves. */
  z.object({ type: z.literal('video_muted'), meetingId: z.uuid() }),
  /** The meeting ended for everyone, or this participant was removed from it. */
  z.object({ type: z.literal('video_ended'), meetingId: z.uuid(), reason: z.enum(['ended', 'removed', 'link_revoked']) }),
] as const;
