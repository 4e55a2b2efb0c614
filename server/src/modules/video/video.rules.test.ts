import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MeetingKind, ParticipantKind } from '../../../../contracts/video.ts';
import {
  createProblem,
  GUEST_LINK_CLOSES_AFTER_MS,
  GUEST_LINK_OPENS_BEFORE_MS,
  guestLinkStatus,
  guestLinkWindow,
  guestMayStay,
  mayAdmitAnother,
  nameVisible,
  participantVisible,
  reentryState,
  topologyFor,
  turnCredentials,
  WAITING_ROOM_OPENS_BEFORE_MS,
  waitingRoomVerdict,
} from './video.rules.ts';

const start = new Date('2026-11-22T13:00:00Z');
const end = new Date('2026-11-22T13:20:00Z');
const window = guestLinkWindow({ startsAt: start, endsAt: end });
const link = { ...window, revokedAt: null, redeemedAt: null };
const at = (ms: number) => new Date(start.getTime() + ms);

describe('R-VM-3: guest links', () => {
  it('R-VM-3: a link holds only from a quarter before the meeting until half an hour after its end', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }), (offset) => {
        const now = at(offset);
        const inside = now >= new Date(start.getTime() - GUEST_LINK_OPENS_BEFORE_MS) && now < new Date(end.getTime() + GUEST_LINK_CLOSES_AFTER_MS);
        const status = guestLinkStatus(link, null, now);
        expect(status === 'valid').toBe(inside);
        if (!inside) expect(status).toBe(now < start ? 'not_yet_valid' : 'expired');
      }),
    );
  });

  it('R-VM-3: a revoked link is revoked and a used link is used, whenever they are tried', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }), fc.boolean(), (offset, alsoUsed) => {
        expect(guestLinkStatus({ ...link, revokedAt: start, redeemedAt: alsoUsed ? start : null }, null, at(offset))).toBe('revoked');
        expect(guestLinkStatus({ ...link, redeemedAt: start }, null, at(offset))).toBe('used');
      }),
    );
  });

  it('R-VM-3: a link to a meeting that has ended has expired, and its guest may not stay', () => {
    expect(guestLinkStatus(link, at(5 * 60_000), at(6 * 60_000))).toBe('expired');
    expect(guestMayStay({ validUntil: window.validUntil, revokedAt: null }, at(5 * 60_000), at(6 * 60_000))).toBe(false);
    expect(guestMayStay({ validUntil: window.validUntil, revokedAt: at(0) }, null, at(1))).toBe(false);
    expect(guestMayStay({ validUntil: window.validUntil, revokedAt: null }, null, at(1))).toBe(true);
  });
});

describe('R-VM-4: the waiting room', () => {
  it('R-VM-4: it opens half an hour before the meeting and closes when the meeting ends', () => {
    expect(waitingRoomVerdict({ startsAt: start, endsAt: end, endedAt: null }, at(-WAITING_ROOM_OPENS_BEFORE_MS - 1))).toBe('not_yet');
    expect(waitingRoomVerdict({ startsAt: start, endsAt: end, endedAt: null }, at(-WAITING_ROOM_OPENS_BEFORE_MS))).toBe('open');
    expect(waitingRoomVerdict({ startsAt: start, endsAt: end, endedAt: at(1) }, at(2))).toBe('ended');
  });

  it('R-VM-4: someone admitted who comes back stays admitted; someone removed stays out; staff of the meeting are always in', () => {
    fc.assert(
      fc.property(fc.constantFrom('waiting', 'admitted', 'removed', 'left' as const), fc.boolean(), (previous, isStaff) => {
        const next = reentryState(previous, isStaff);
        if (previous === 'removed') expect(next).toBe('refused');
        else if (previous === 'admitted' || isStaff) expect(next).toBe('admitted');
        else expect(next).toBe('waiting');
      }),
    );
  });

  it('R-VM-4: only staff see who waits; everyone sees who is in the meeting', () => {
    const viewer = (kind: ParticipantKind) => ({ participantId: 'v', kind });
    expect(participantVisible(viewer('staff'), { id: 'w', state: 'waiting' })).toBe(true);
    expect(participantVisible(viewer('resident'), { id: 'w', state: 'waiting' })).toBe(false);
    expect(participantVisible(viewer('guest'), { id: 'w', state: 'waiting' })).toBe(false);
    expect(participantVisible(viewer('resident'), { id: 'a', state: 'admitted' })).toBe(true);
    expect(participantVisible(viewer('staff'), { id: 'r', state: 'removed' })).toBe(false);
  });
});

describe('R-VM-1: kinds of meeting and names', () => {
  it('R-VM-1: in a group, residents do not see each other’s names unless staff allow it; staff, themselves and staff names are always shown', () => {
    fc.assert(
      fc.property(fc.constantFrom<MeetingKind>('one_to_one', 'group', 'team', 'professions'), fc.boolean(), fc.constantFrom<ParticipantKind>('staff', 'resident', 'guest'), fc.constantFrom<ParticipantKind>('staff', 'resident', 'guest'), (kind, namesVisible, viewerKind, subjectKind) => {
        const shown = nameVisible({ participantId: 'v', kind: viewerKind }, { id: 's', kind: subjectKind }, { kind, namesVisible });
        const expected = viewerKind === 'staff' || subjectKind === 'staff' || kind !== 'group' || namesVisible;
        expect(shown).toBe(expected);
        expect(nameVisible({ participantId: 'v', kind: viewerKind }, { id: 'v', kind: viewerKind }, { kind, namesVisible })).toBe(true);
      }),
    );
  });

  it('R-VM-1: each kind is made of what it says', () => {
    expect(createProblem('one_to_one', 1, 0, false, false)).toBeNull();
    expect(createProblem('one_to_one', 2, 0, false, false)?.field).toBe('bookingIds');
    expect(createProblem('group', 1, 0, false, false)?.field).toBe('bookingIds');
    expect(createProblem('group', 3, 0, false, false)).toBeNull();
    expect(createProblem('group', 3, 1, false, false)?.field).toBe('staffIds');
    expect(createProblem('team', 1, 0, false, false)?.field).toBe('staffIds');
    expect(createProblem('team', 1, 2, false, false)).toBeNull();
    expect(createProblem('professions', 1, 1, true, true)?.field).toBe('bookingIds');
    expect(createProblem('professions', 0, 1, false, true)?.field).toBe('title');
    expect(createProblem('professions', 0, 1, true, false)?.field).toBe('startsAt');
    expect(createProblem('professions', 0, 2, true, true)).toBeNull();
  });

  it('two meet peer to peer; more go through the SFU when there is one, else as a mesh up to its limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.boolean(), (admitted, sfu) => {
        const topology = topologyFor(admitted, sfu);
        expect(topology).toBe(sfu ? 'sfu' : admitted > 2 ? 'mesh' : 'p2p');
        expect(mayAdmitAnother(admitted, false, 4, 12)).toBe(admitted < 4);
        expect(mayAdmitAnother(admitted, true, 4, 12)).toBe(admitted < 12);
      }),
    );
  });
});

describe('TURN REST credentials', () => {
  it('the user name carries its expiry and the password is HMAC-SHA1 of it under the secret', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const { username, credential, expiresAt } = turnCredentials('s3cret-s3cret-s3cret', 'participant-1', now, 3600);
    expect(username).toBe(`${Math.floor(now.getTime() / 1000) + 3600}:participant-1`);
    expect(credential).toBe(createHmac('sha1', 's3cret-s3cret-s3cret').update(username).digest('base64'));
    expect(expiresAt.getTime()).toBe(now.getTime() + 3_600_000);
    expect(turnCredentials('another-secret-1234', 'participant-1', now, 3600).credential).not.toBe(credential);
  });
});
