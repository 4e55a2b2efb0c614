import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createdGuestLink,
  createGuestLinkRequest,
  createMeetingRequest,
  guestLinkPreview,
  guestLinksResponse,
  guestMeResponse,
  guestRedeemRequest,
  guestTokenRequest,
  meetingIdResponse,
  namesVisibleRequest,
  residentJoinResponse,
  residentMeetingResponse,
  staffMeetingsQuery,
  staffMeetingsResponse,
  videoSettings,
} from '../../../../contracts/video.ts';
import { requireGuest, requireResident, requireStaff } from '../../platform/auth.ts';
import { type CookieSettings, CSRF_COOKIE, csrfCookie, SESSION_COOKIE, SIGN_IN_COOKIE, sessionCookie, signInCookie } from '../../platform/cookies.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { VideoServices } from './video-composition.ts';

const meetingParams = z.object({ meetingId: z.uuid() });
const participantParams = meetingParams.extend({ participantId: z.uuid() });

/** R-VM-1…5: staff run meetings, residents enter their bookings' meetings, guests come by link. */
export async function videoRoutes(app: FastifyInstance, deps: { video: VideoServices; cookies: CookieSettings; guestRateLimitPerMinute: number }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { video, cookies } = deps;
  const tags = ['Staff: video meetings'];
  const staffInUnit = (request: Parameters<typeof requireStaff>[0]) => {
    const staff = requireStaff(request);
    assertStaffMay(staff, 'video.meet');
    return staff;
  };
  const done = (reply: FastifyReply) => reply.code(204).send(null);

  r.get('/api/staff/video-meetings', { schema: { tags, summary: 'The active unit’s video meetings of a day, with who waits (R-VM-4)', querystring: staffMeetingsQuery, response: { 200: staffMeetingsResponse, ...errorResponses } } }, async (request) =>
    video.staffMeetings.day(requireStaff(request), request.query.date),
  );

  r.post('/api/staff/video-meetings', { schema: { tags, summary: 'Start or create a video meeting: 1:1, group, team visit or between professions (R-VM-1, R-BK-5)', body: createMeetingRequest, response: { 201: meetingIdResponse, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await video.staffMeetings.create(requireStaff(request), request.body)),
  );

  for (const action of ['admit', 'remove', 'mute'] as const) {
    r.post(
      `/api/staff/video-meetings/:meetingId/participants/:participantId/${action}`,
      { schema: { tags, summary: { admit: 'Admit from the waiting room (R-VM-4)', remove: 'Remove from the meeting', mute: 'Mute the microphone' }[action], params: participantParams, body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } },
      async (request, reply) => {
        await video.room[action](staffInUnit(request), request.params.meetingId, request.params.participantId);
        return done(reply);
      },
    );
  }

  r.put('/api/staff/video-meetings/:meetingId/names-visible', { schema: { tags, summary: 'Whether residents of a group see each other’s names (R-VM-1)', params: meetingParams, body: namesVisibleRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await video.room.setNamesVisible(staffInUnit(request), request.params.meetingId, request.body.namesVisible);
    return done(reply);
  });

  r.post('/api/staff/video-meetings/:meetingId/end', { schema: { tags, summary: 'End the meeting for everyone', params: meetingParams, body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await video.room.end(staffInUnit(request), request.params.meetingId);
    return done(reply);
  });

  r.get('/api/staff/video-meetings/:meetingId/guest-links', { schema: { tags, summary: 'The meeting’s guest links (R-VM-3)', params: meetingParams, response: { 200: guestLinksResponse, ...errorResponses } } }, async (request) =>
    video.guestLinks.list(staffInUnit(request), request.params.meetingId),
  );

  r.post('/api/staff/video-meetings/:meetingId/guest-links', { schema: { tags, summary: 'Make a guest link, sent by SMS or copied (R-VM-3)', params: meetingParams, body: createGuestLinkRequest, response: { 201: createdGuestLink, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await video.guestLinks.create(staffInUnit(request), request.params.meetingId, request.body)),
  );

  r.post(
    '/api/staff/video-meetings/:meetingId/guest-links/:linkId/revoke',
    { schema: { tags, summary: 'Revoke a guest link; a guest in the meeting leaves it at once (R-VM-3)', params: meetingParams.extend({ linkId: z.uuid() }), body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await video.guestLinks.revoke(staffInUnit(request), request.params.meetingId, request.params.linkId);
      return done(reply);
    },
  );

  const residentTags = ['Resident: video meetings'];
  const bookingParams = z.object({ bookingId: z.uuid() });
  r.get('/api/me/bookings/:bookingId/video', { schema: { tags: residentTags, summary: 'The video meeting of a booking, before entering it', params: bookingParams, response: { 200: residentMeetingResponse, ...errorResponses } } }, async (request) =>
    video.residentVideo.meetingOf(requireResident(request), request.params.bookingId),
  );
  r.post('/api/me/bookings/:bookingId/video/join', { schema: { tags: residentTags, summary: 'Open the way to the waiting room (R-VM-2, R-VM-4)', params: bookingParams, body: z.object({}).optional(), response: { 200: residentJoinResponse, ...errorResponses } } }, async (request) =>
    video.residentVideo.join(requireResident(request), request.params.bookingId),
  );

  const guestTags = ['Guests of video meetings'];
  const guestLimit = { rateLimit: { max: deps.guestRateLimitPerMinute, timeWindow: '1 minute' } };
  r.post('/api/auth/guest-link/preview', { schema: { tags: guestTags, summary: 'Whether a guest link holds, with the unit and time (R-VM-3)', body: guestTokenRequest, response: { 200: guestLinkPreview, ...errorResponses } }, config: guestLimit }, async (request) =>
    video.guestLinks.preview(request.body.token),
  );
  r.post('/api/auth/guest-link/redeem', { schema: { tags: guestTags, summary: 'Use a guest link once: a session for that meeting only (R-VM-3)', body: guestRedeemRequest, response: { 200: residentJoinResponse, ...errorResponses } }, config: guestLimit }, async (request, reply) => {
    const { meetingId, session } = await video.guestLinks.redeem(request.body.token, request.body.name, request.cookies[SIGN_IN_COOKIE]);
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookie(cookies));
    reply.setCookie(CSRF_COOKIE, session.csrfToken, csrfCookie(cookies));
    reply.clearCookie(SIGN_IN_COOKIE, signInCookie(cookies));
    return { meetingId };
  });
  r.get('/api/guest/me', { schema: { tags: guestTags, summary: 'The guest’s meeting', response: { 200: guestMeResponse, ...errorResponses } } }, async (request) => video.guestLinks.me(requireGuest(request)));

  const adminTags = ['Administration: units'];
  const unitParams = z.object({ unitId: z.uuid() });
  r.get('/api/admin/units/:unitId/video', { schema: { tags: adminTags, summary: 'The unit’s video settings', params: unitParams, response: { 200: videoSettings, ...errorResponses } } }, async (request) =>
    video.settings.get(requireStaff(request), request.params.unitId),
  );
  r.put('/api/admin/units/:unitId/video', { schema: { tags: adminTags, summary: 'Change the unit’s video settings (R-VM-3)', params: unitParams, body: videoSettings, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await video.settings.put(requireStaff(request), request.params.unitId, request.body);
    return done(reply);
  });
}
