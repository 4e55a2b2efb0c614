import { createHmac } from 'node:crypto';
import type { MediaTopology, MeetingKind, MeetingStatus, ParticipantKind, ParticipantState } from '../../../../contracts/video.ts';

const MINUTE = 60_000;
/** R-VM-4: residents may enter the waiting room this long before the booked time. */
export const WAITING_ROOM_OPENS_BEFORE_MS = 30 * MINUTE;
/** R-VM-3: a guest link admits from a quarter before the meeting until half an hour after its booked end. */
export const GUEST_LINK_OPENS_BEFORE_MS = 15 * MINUTE;
export const GUEST_LINK_CLOSES_AFTER_MS = 30 * MINUTE;
/** An open meeting nobody ended is ended this long after its booked end. */
export const MEETING_CLOSES_AFTER_MS = 120 * MINUTE;

export interface MeetingTimes {
  startsAt: Date;
  endsAt: Date;
  endedAt: Date | null;
}

export function meetingStatus(meeting: { startedAt: Date | null; endedAt: Date | null } | null): MeetingStatus {
  if (!meeting) return 'not_started';
  return meeting.endedAt ? 'ended' : 'open';
}

/** R-VM-4: whether a resident may wait for the meeting now. */
export function waitingRoomVerdict(meeting: MeetingTimes, now: Date): 'open' | 'not_yet' | 'ended' {
  if (meeting.endedAt || now.getTime() > meeting.endsAt.getTime() + MEETING_CLOSES_AFTER_MS) return 'ended';
  if (now.getTime() < meeting.startsAt.getTime() - WAITING_ROOM_OPENS_BEFORE_MS) return 'not_yet';
  return 'open';
}

export function guestLinkWindow(meeting: { startsAt: Date; endsAt: Date }): { validFrom: Date; validUntil: Date } {
  return { validFrom: new Date(meeting.startsAt.getTime() - GUEST_LINK_OPENS_BEFORE_MS), validUntil: new Date(meeting.endsAt.getTime() + GUEST_LINK_CLOSES_AFTER_MS) };
}

export type GuestLinkStatus = 'valid' | 'not_yet_valid' | 'expired' | 'revoked' | 'used';

/**
 * R-VM-3: a link admits one person, only within its window, until revoked. A revoked link is revoked
 * whatever else holds; a used one cannot be used again; then the window decides.
 */
export function guestLinkStatus(link: { validFrom: Date; validUntil: Date; revokedAt: Date | null; redeemedAt: Date | null }, meetingEndedAt: Date | null, now: Date): GuestLinkStatus {
  if (link.revokedAt) return 'revoked';
  if (link.redeemedAt) return 'used';
  if (meetingEndedAt || now.getTime() >= link.validUntil.getTime()) return 'expired';
  if (now.getTime() < link.validFrom.getTime()) return 'not_yet_valid';
  return 'valid';
}

/**
 * Whether a guest who redeemed the link may still be in the meeting: not after it was revoked, the
 * meeting ended or the window closed.
 */
export function guestMayStay(link: { validUntil: Date; revokedAt: Date | null }, meetingEndedAt: Date | null, now: Date): boolean {
  return !link.revokedAt && !meetingEndedAt && now.getTime() < link.validUntil.getTime();
}

/** R-VM-4: the meeting's staff are in at once; everyone else waits to be admitted. */
export function entryState(isMeetingStaff: boolean): ParticipantState {
  return isMeetingStaff ? 'admitted' : 'waiting';
}

/**
 * A participant who comes back (a reload, a network drop) keeps being admitted, so a reconnect does
 * not send them to the waiting room again; someone removed stays out.
 */
export function reentryState(previous: ParticipantState, isMeetingStaff: boolean): ParticipantState | 'refused' {
  if (previous === 'removed') return 'refused';
  if (previous === 'admitted' || isMeetingStaff) return 'admitted';
  return 'waiting';
}

export interface Viewer {
  participantId: string;
  kind: ParticipantKind;
}

/**
 * R-VM-1: in a group meeting residents do not see each other's names unless staff allow it; staff
 * see everyone; everyone sees the staff and themself. Guests count as the others do.
 */
export function nameVisible(viewer: Viewer, subject: { id: string; kind: ParticipantKind }, meeting: { kind: MeetingKind; namesVisible: boolean }): boolean {
  if (viewer.kind === 'staff' || subject.id === viewer.participantId || subject.kind === 'staff') return true;
  return meeting.kind !== 'group' || meeting.namesVisible;
}

/** R-VM-4: who waits is for staff to see; the others see only who is in the meeting. */
export function participantVisible(viewer: Viewer, subject: { id: string; state: ParticipantState }): boolean {
  if (subject.id === viewer.participantId) return true;
  if (subject.state === 'admitted') return true;
  return viewer.kind === 'staff' && subject.state === 'waiting';
}

/**
 * Two people meet peer to peer. More go through the SFU when there is one (and stay there once
 * there), or else as a mesh, everyone sending to everyone.
 */
export function topologyFor(admittedCount: number, sfuRoomOpen: boolean): MediaTopology {
  if (sfuRoomOpen) return 'sfu';
  return admittedCount > 2 ? 'mesh' : 'p2p';
}

/** Whether one more person may be admitted: a mesh costs every sender one stream per other participant. */
export function mayAdmitAnother(admittedCount: number, sfuAvailable: boolean, meshLimit: number, sfuLimit: number): boolean {
  return admittedCount < (sfuAvailable ? sfuLimit : meshLimit);
}

export type CreateProblem = { field: 'bookingIds' | 'staffIds' | 'title' | 'startsAt'; message: string };

/** R-VM-1: what each kind of meeting is made of. The creating staff member is always one of its staff. */
export function createProblem(kind: MeetingKind, bookings: number, otherStaff: number, hasTitle: boolean, hasStart: boolean): CreateProblem | null {
  switch (kind) {
    case 'one_to_one':
      if (bookings !== 1) return { field: 'bookingIds', message: 'A 1:1 meeting is for one video booking' };
      if (otherStaff > 0) return { field: 'staffIds', message: 'A 1:1 meeting has one staff member; choose a team visit for more' };
      return null;
    case 'group':
      if (bookings < 2) return { field: 'bookingIds', message: 'A group meeting is for at least two video bookings' };
      if (otherStaff > 0) return { field: 'staffIds', message: 'A group meeting has one staff member' };
      return null;
    case 'team':
      if (bookings !== 1) return { field: 'bookingIds', message: 'A team visit is for one video booking' };
      if (otherStaff < 1) return { field: 'staffIds', message: 'Choose at least one colleague for a team visit' };
      return null;
    case 'professions':
      if (bookings > 0) return { field: 'bookingIds', message: 'A meeting between professions has no residents' };
      if (otherStaff < 1) return { field: 'staffIds', message: 'Choose at least one colleague' };
      if (!hasTitle) return { field: 'title', message: 'Give the meeting a title' };
      if (!hasStart) return { field: 'startsAt', message: 'Choose when the meeting starts' };
      return null;
  }
}

/**
 * TURN REST credentials (coturn `use-auth-secret`): the user name carries its own expiry, the
 * password is the HMAC-SHA1 of the user name under the shared secret, so coturn checks both without
 * a database and a leaked pair stops working when it expires.
 */
export function turnCredentials(secret: string, user: string, now: Date, ttlSeconds: number): { username: string; credential: string; expiresAt: Date } {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${user}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64'), expiresAt: new Date(expiry * 1000) };
}

/** The duration recorded for statistics and the portal: from when two were first together to the end. */
export function durationMinutes(meeting: { startedAt: Date | null; endedAt: Date | null }): number | null {
  if (!meeting.startedAt || !meeting.endedAt) return null;
  return Math.max(0, Math.round((meeting.endedAt.getTime() - meeting.startedAt.getTime()) / MINUTE));
}
