import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { frame, openSocket } from '../../testing/test-socket.ts';
import { guestBrowser, guestLinkToken, johanStartsAnnasMeeting } from '../../testing/video-fixtures.ts';
import { annaActingForElsa } from '../../testing/callers.ts';
import { residentActivityCount } from '../../testing/resident-activity.ts';
import { MEETING_CLOSES_AFTER_MS } from './video.rules.ts';

const NOWHERE = '00000000-0000-4000-8000-000000000000';
let ctx: TestContext;
let johan: TestBrowser;
let anna: TestBrowser;
let meetingId: string;
let bookingId: string;

beforeAll(async () => {
  ctx = await TestContext.create();
  ({ johan, meetingId, bookingId } = await johanStartsAnnasMeeting(ctx));
  anna = await ctx.residentBrowser('anna');
});
afterAll(async () => ctx?.close());

const code = (res: { json: () => { error?: { code: string; field?: string } } }) => res.json().error;

describe('R-VM-1, R-BK-5: staff start and make meetings', () => {
  it('R-VM-4: the day’s meetings show Anna’s booking as Johan’s, opened, with nobody waiting yet', async () => {
    const res = await johan.get('/api/staff/video-meetings');
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().meetings.find((m: { meetingId: string }) => m.meetingId === meetingId);
    expect(item).toMatchObject({ kind: 'one_to_one', status: 'open', mine: true, waiting: [], residents: [{ name: 'Anna Lindqvist' }], staff: [{ name: 'Johan Holm' }] });
  });

  it('R-VM-1: starting the same booking again gives the same meeting (one meeting per booking)', async () => {
    const res = await johan.post('/api/staff/video-meetings', { kind: 'one_to_one', bookingIds: [bookingId] });
    expect(res.json()).toEqual({ meetingId });
  });

  it('R-VM-1: a group needs two bookings, a team a colleague, between professions a title; foreign and unknown bookings are refused', async () => {
    expect(code(await johan.post('/api/staff/video-meetings', { kind: 'group', bookingIds: [bookingId] }))).toMatchObject({ code: 'validation_failed', field: 'bookingIds' });
    expect(code(await johan.post('/api/staff/video-meetings', { kind: 'team', bookingIds: [bookingId] }))).toMatchObject({ field: 'staffIds' });
    expect(code(await johan.post('/api/staff/video-meetings', { kind: 'one_to_one', bookingIds: [NOWHERE] }))).toMatchObject({ field: 'bookingIds' });
    const maria = await ctx.staffBrowser('maria-ek', 'Hemse vårdcentral');
    expect(code(await maria.post('/api/staff/video-meetings', { kind: 'one_to_one', bookingIds: [bookingId] }))).toMatchObject({ field: 'bookingIds' });
    const colleagues = (await johan.get('/api/staff/colleagues')).json().colleagues as { staffId: string; name: string }[];
    const karin = colleagues.find((c) => c.name === 'Karin Sjöberg')!.staffId;
    expect(code(await johan.post('/api/staff/video-meetings', { kind: 'professions', staffIds: [karin], startsAt: new Date(ctx.clock.now().getTime() + 3_600_000).toISOString() }))).toMatchObject({ field: 'title' });
    const res = await johan.post('/api/staff/video-meetings', { kind: 'professions', staffIds: [karin], title: 'Vårdplanering', startsAt: new Date(ctx.clock.now().getTime() + 3_600_000).toISOString(), durationMinutes: 30 });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('unknown meetings and participants are not found; staff outside the meeting are refused', async () => {
    expect((await johan.post(`/api/staff/video-meetings/${NOWHERE}/end`)).statusCode).toBe(404);
    expect((await johan.post(`/api/staff/video-meetings/${meetingId}/participants/${NOWHERE}/admit`)).statusCode).toBe(404);
    const karin = await ctx.staffBrowser('karin-sjöberg', 'Visby vårdcentral');
    expect(code(await karin.post(`/api/staff/video-meetings/${meetingId}/end`))).toMatchObject({ code: 'not_in_meeting' });
  });
});

describe('R-VM-2, R-VM-4: residents enter through the waiting room', () => {
  it('R-VM-4: Anna’s booking opens its meeting; over the socket she waits, and is in only after Johan admits her', async () => {
    expect((await anna.get(`/api/me/bookings/${bookingId}/video`)).json()).toMatchObject({ unitName: 'Visby vårdcentral', ended: false, forPerson: 'Anna Lindqvist' });
    expect((await anna.post(`/api/me/bookings/${bookingId}/video/join`)).json()).toEqual({ meetingId });
    const socket = await openSocket(ctx.app, anna);
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    const waiting = await frame(socket, (f) => f.type === 'video_state');
    expect(waiting).toMatchObject({ meeting: { you: { state: 'waiting', kind: 'resident' }, topology: 'p2p' } });
    const ice = await frame(socket, (f) => f.type === 'video_ice');
    expect(ice).toMatchObject({ iceServers: [], iceTransportPolicy: 'all' });
    // Waiting, she cannot signal or chat into the meeting.
    socket.socket.send(JSON.stringify({ type: 'video_chat', meetingId, clientId: crypto.randomUUID(), body: 'Hej' }));
    expect(await frame(socket, (f) => f.type === 'nack')).toMatchObject({ code: 'not_in_meeting' });
    const participantId = (waiting.meeting as { you: { id: string } }).you.id;
    expect((await johan.post(`/api/staff/video-meetings/${meetingId}/participants/${participantId}/admit`)).statusCode).toBe(204);
    await frame(socket, (f) => f.type === 'video_state' && (f.meeting as { you: { state: string } }).you.state === 'admitted');
    const list = (await johan.get('/api/staff/video-meetings')).json().meetings.find((m: { meetingId: string }) => m.meetingId === meetingId);
    expect(list.admittedCount).toBeGreaterThanOrEqual(1);
    socket.socket.close();
  });

  it('R-VM-2: a resident cannot open or join someone else’s video booking', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.get(`/api/me/bookings/${bookingId}/video`)).statusCode).toBe(404);
    expect((await jonas.post(`/api/me/bookings/${bookingId}/video/join`)).statusCode).toBe(404);
    const socket = await openSocket(ctx.app, jonas);
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    expect(await frame(socket, (f) => f.type === 'nack')).toMatchObject({ code: 'not_in_meeting' });
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId: NOWHERE }));
    expect(await frame(socket, (f) => f.type === 'nack' && f.code === 'not_found')).toBeTruthy();
    socket.socket.close();
  });

  it('R-VM-2, R-PX-5: a guardian enters the meeting of a child under 13, named as acting for her', async () => {
    const elsa = (await anna.get('/api/me/represented')).json().people.find((p: { givenName: string }) => p.givenName === 'Elsa');
    const guardian = await ctx.residentBrowser('anna');
    expect((await guardian.post('/api/me/acting-for', { residentId: elsa.residentId })).statusCode).toBe(204);
    const booking = (await guardian.get('/api/me/bookings')).json().upcoming.find((b: { mode: string }) => b.mode === 'video');
    expect((await guardian.post(`/api/me/bookings/${booking.id}/video/join`)).json().error.code).toBe('waiting_room_not_open');
    const before = ctx.clock.now();
    ctx.clock.set(new Date(Date.parse(booking.startsAt) - 10 * 60_000));
    try {
      const later = await ctx.residentBrowser('anna');
      expect((await later.post('/api/me/acting-for', { residentId: elsa.residentId })).statusCode).toBe(204);
      const { meetingId: elsasMeeting } = (await later.post(`/api/me/bookings/${booking.id}/video/join`)).json();
      const socket = await openSocket(ctx.app, later);
      socket.socket.send(JSON.stringify({ type: 'video_join', meetingId: elsasMeeting }));
      const state = await frame(socket, (f) => f.type === 'video_state');
      expect((state.meeting as { participants: { name: string; actingFor: string }[] }).participants[0]).toMatchObject({ name: 'Elsa Lindqvist', actingFor: 'Anna Lindqvist' });
      socket.socket.close();
    } finally {
      ctx.clock.set(before);
    }
  });
});

describe('R-PX-5: a refused look is not recorded', () => {
  const activityCount = () => residentActivityCount(ctx.database.db);

  it('R-PX-5: asking for the video meeting of a child’s booking that is not a video booking is not found and records nothing; the meeting of a video booking is recorded once', async () => {
    const guardian = await annaActingForElsa(ctx);
    const { upcoming, past } = (await guardian.get('/api/me/bookings')).json() as { upcoming: { id: string; mode: string }[]; past: { id: string; mode: string }[] };
    const visit = [...upcoming, ...past].find((b) => b.mode !== 'video');
    const video = upcoming.find((b) => b.mode === 'video');
    expect(visit && video).toBeTruthy();
    const before = await activityCount();
    const refused = await guardian.get(`/api/me/bookings/${visit!.id}/video`);
    expect(refused.statusCode).toBe(404);
    expect(await activityCount()).toBe(before);
    expect((await guardian.get(`/api/me/bookings/${video!.id}/video`)).statusCode).toBe(200);
    expect(await activityCount()).toBe(before + 1);
  });

  it('R-PX-5: a child’s video meeting joined before the waiting room opens or after it ended is refused and records nothing; a join in time is recorded once', async () => {
    const guardian = await annaActingForElsa(ctx);
    const video = ((await guardian.get('/api/me/bookings')).json() as { upcoming: { id: string; mode: string; startsAt: string; endsAt: string }[] }).upcoming.find((b) => b.mode === 'video')!;
    const before = await activityCount();
    const early = await guardian.post(`/api/me/bookings/${video.id}/video/join`);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'waiting_room_not_open']);
    expect(await activityCount()).toBe(before);
    const now = ctx.clock.now();
    try {
      // A moved clock ends the session, so the guardian signs in anew each time (and that is recorded).
      ctx.clock.set(new Date(Date.parse(video.endsAt) + MEETING_CLOSES_AFTER_MS + 60_000));
      const afterwards = await annaActingForElsa(ctx);
      const signedIn = await activityCount();
      const late = await afterwards.post(`/api/me/bookings/${video.id}/video/join`);
      expect([late.statusCode, late.json().error.code]).toEqual([409, 'meeting_ended']);
      expect(await activityCount()).toBe(signedIn);
      ctx.clock.set(new Date(Date.parse(video.startsAt) - 10 * 60_000));
      const inTime = await annaActingForElsa(ctx);
      const signedInAgain = await activityCount();
      expect((await inTime.post(`/api/me/bookings/${video.id}/video/join`)).statusCode).toBe(200);
      expect(await activityCount()).toBe(signedInAgain + 1);
    } finally {
      ctx.clock.set(now);
    }
  });
});

describe('R-VM-3: guest links', () => {
  it('R-VM-3: a link is sent by SMS without naming the resident, redeemed once, and its guest waits like everyone else', async () => {
    const { token } = await guestLinkToken(johan, meetingId, { mobileNumber: '070-999 88 77', label: 'Anhörig' });
    const sms = ctx.sms.sentTo('+46709998877')[0];
    expect(sms?.text).toContain('Visby vårdcentral');
    expect(sms?.text).not.toContain('Anna');
    expect(sms?.text).toContain(`/video/gast#${token}`);
    const previewer = ctx.browser();
    await previewer.get('/api/auth/session');
    expect((await previewer.post('/api/auth/guest-link/preview', { token })).json()).toMatchObject({ status: 'valid', unitName: 'Visby vårdcentral', eidRequired: false });
    const guest = await guestBrowser(ctx, token, 'Lisa Berg');
    expect((await guest.get('/api/guest/me')).json()).toMatchObject({ meetingId, name: 'Lisa Berg', eidVerified: false });
    const again = ctx.browser();
    await again.get('/api/auth/session');
    expect(code(await again.post('/api/auth/guest-link/redeem', { token, name: 'Någon annan' }))).toMatchObject({ code: 'guest_link_used' });

    const socket = await openSocket(ctx.app, guest);
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    expect(await frame(socket, (f) => f.type === 'video_state')).toMatchObject({ meeting: { you: { state: 'waiting', kind: 'guest' } } });
    // A guest cannot let themself in, nor signal into the meeting while waiting.
    expect((await guest.post(`/api/staff/video-meetings/${meetingId}/participants/${NOWHERE}/admit`)).statusCode).toBe(403);
    socket.socket.send(JSON.stringify({ type: 'video_signal', meetingId, to: 'sfu', payload: { candidate: null } }));
    expect(await frame(socket, (f) => f.type === 'nack')).toMatchObject({ code: 'not_in_meeting' });
    // Nor go to another meeting.
    const other = (await johan.get('/api/staff/video-meetings')).json().meetings.find((m: { kind: string }) => m.kind === 'professions').meetingId;
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId: other }));
    expect(await frame(socket, (f) => f.type === 'nack' && f.code === 'not_in_meeting')).toBeTruthy();
    socket.socket.close();
  });

  it('R-VM-3: a revoked link is refused, and revoking takes its guest out at once', async () => {
    const { token, linkId } = await guestLinkToken(johan, meetingId);
    const guest = await guestBrowser(ctx, token);
    const socket = await openSocket(ctx.app, guest);
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    await frame(socket, (f) => f.type === 'video_state');
    expect((await johan.post(`/api/staff/video-meetings/${meetingId}/guest-links/${linkId}/revoke`)).statusCode).toBe(204);
    expect(await frame(socket, (f) => f.type === 'video_ended')).toMatchObject({ reason: 'link_revoked' });
    expect(await socket.closed).toBe(4401);
    expect((await guest.get('/api/guest/me')).statusCode).toBe(401);
    const unused = await guestLinkToken(johan, meetingId);
    await johan.post(`/api/staff/video-meetings/${meetingId}/guest-links/${unused.linkId}/revoke`);
    const late = ctx.browser();
    await late.get('/api/auth/session');
    expect(code(await late.post('/api/auth/guest-link/redeem', { token: unused.token, name: 'Sen Gäst' }))).toMatchObject({ code: 'guest_link_revoked' });
    expect((await johan.get(`/api/staff/video-meetings/${meetingId}/guest-links`)).json().links.map((l: { status: string }) => l.status)).toEqual(expect.arrayContaining(['revoked', 'used']));
  });

  it('R-VM-3: outside its window a link is refused: not yet valid before, expired after', async () => {
    const { token } = await guestLinkToken(johan, meetingId);
    const now = ctx.clock.now();
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const { validFrom, validUntil } = (await browser.post('/api/auth/guest-link/preview', { token })).json();
    try {
      ctx.clock.set(new Date(Date.parse(validFrom) - 1000));
      expect(code(await browser.post('/api/auth/guest-link/redeem', { token, name: 'Tidig Gäst' }))).toMatchObject({ code: 'guest_link_not_yet_valid' });
      ctx.clock.set(new Date(Date.parse(validUntil) + 1000));
      expect(code(await browser.post('/api/auth/guest-link/redeem', { token, name: 'Sen Gäst' }))).toMatchObject({ code: 'guest_link_expired' });
    } finally {
      ctx.clock.set(now);
    }
  });

  it('R-VM-3: unknown tokens are refused, and a link made for one meeting does not work for another', async () => {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    expect(code(await browser.post('/api/auth/guest-link/preview', { token: 'x'.repeat(43) }))).toMatchObject({ code: 'guest_link_invalid' });
    expect(code(await browser.post('/api/auth/guest-link/redeem', { token: 'x'.repeat(43), name: 'Ingen' }))).toMatchObject({ code: 'guest_link_invalid' });
    // Staff of another meeting cannot make or revoke links for this one.
    const karin = await ctx.staffBrowser('karin-sjöberg', 'Visby vårdcentral');
    expect(code(await karin.post(`/api/staff/video-meetings/${meetingId}/guest-links`, { role: 'relative', label: 'Anhörig' }))).toMatchObject({ code: 'not_in_meeting' });
  });

  it('R-VM-3: where the unit requires e-ID, a guest without it is refused', async () => {
    const henrik = await ctx.staffBrowser('henrik-höök');
    const elsaBooking = (await henrik.get('/api/staff/video-meetings?date=' + new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10))).json().meetings[0];
    const started = await henrik.post('/api/staff/video-meetings', { kind: 'one_to_one', bookingIds: [elsaBooking.bookingId] });
    const { token } = await guestLinkToken(henrik, started.json().meetingId);
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    const now = ctx.clock.now();
    ctx.clock.set(new Date(Date.parse(elsaBooking.startsAt) - 5 * 60_000));
    try {
      expect((await browser.post('/api/auth/guest-link/preview', { token })).json()).toMatchObject({ status: 'valid', eidRequired: true });
      expect(code(await browser.post('/api/auth/guest-link/redeem', { token, name: 'Utan Legitimation' }))).toMatchObject({ code: 'guest_eid_required' });
    } finally {
      ctx.clock.set(now);
    }
  });
});

describe('after the meeting (R-UN-5)', () => {
  it('R-UN-5: ending the meeting completes Anna’s booking, records the duration, and ends it for everyone', async () => {
    const socket = await openSocket(ctx.app, anna);
    socket.socket.send(JSON.stringify({ type: 'video_join', meetingId }));
    await frame(socket, (f) => f.type === 'video_state');
    ctx.clock.advance(12 * 60_000);
    expect((await johan.post(`/api/staff/video-meetings/${meetingId}/end`)).statusCode).toBe(204);
    expect(await frame(socket, (f) => f.type === 'video_ended')).toMatchObject({ reason: 'ended' });
    const item = (await johan.get('/api/staff/video-meetings')).json().meetings.find((m: { meetingId: string }) => m.meetingId === meetingId);
    expect(item.status).toBe('ended');
    const booking = (await anna.get('/api/me/bookings')).json().past.find((b: { id: string }) => b.id === bookingId) ?? (await anna.get('/api/me/bookings')).json().upcoming.find((b: { id: string }) => b.id === bookingId);
    expect(booking.status).toBe('completed');
    expect(code(await anna.post(`/api/me/bookings/${bookingId}/video/join`))).toMatchObject({ code: 'meeting_ended' });
    socket.socket.close();
  });
});

describe('R-VM-3: the unit’s video settings', () => {
  it('R-VM-3: its system administrator decides whether guests identify with e-ID', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const units = (await per.get('/api/admin/units')).json().units as { id: string; name: string }[];
    const visby = units.find((u) => u.name === 'Visby vårdcentral')!.id;
    expect((await per.get(`/api/admin/units/${visby}/video`)).json()).toEqual({ guestsRequireEid: false });
    expect((await per.put(`/api/admin/units/${visby}/video`, { guestsRequireEid: true })).statusCode).toBe(204);
    expect((await per.get(`/api/admin/units/${visby}/video`)).json()).toEqual({ guestsRequireEid: true });
    expect((await per.put(`/api/admin/units/${visby}/video`, { guestsRequireEid: 'ja' })).statusCode).toBe(400);
    await per.put(`/api/admin/units/${visby}/video`, { guestsRequireEid: false });
  });
});
