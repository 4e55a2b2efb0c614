import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptTermsRequest, bankIdCollectResponse, bankIdStartRequest, bankIdStartResponse, sessionResponse } from '../../../../contracts/auth.ts';
import { ensureCsrfCookie, requireSignedIn } from '../../platform/auth.ts';
import { type CookieSettings, CSRF_COOKIE, csrfCookie, SESSION_COOKIE, SIGN_IN_COOKIE, sessionCookie, signInCookie } from '../../platform/cookies.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { IssuedSession, SessionService } from './session.service.ts';
import type { SignInService } from './sign-in.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';

export interface IdentityRouteDeps {
  signIn: SignInService;
  sessions: SessionService;
  staffDirectory: StaffDirectory;
  residents: ResidentsService;
  cookies: CookieSettings;
  signInRateLimitPerMinute: number;
}

const tags = ['Sign-in and session'];

export async function identityRoutes(app: FastifyInstance, deps: IdentityRouteDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { cookies } = deps;

  const startSession = (reply: import('fastify').FastifyReply, session: IssuedSession) => {
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookie(cookies));
    reply.setCookie(CSRF_COOKIE, session.csrfToken, csrfCookie(cookies));
    reply.clearCookie(SIGN_IN_COOKIE, signInCookie(cookies));
  };

  r.get('/api/auth/session', { schema: { tags, summary: 'Who is signed in (and a CSRF token cookie)', response: { 200: sessionResponse } } }, async (request, reply) => {
    ensureCsrfCookie(request, reply, cookies);
    const p = request.principal;
    if (p.kind === 'resident') {
      const me = await deps.residents.names(p.residentId);
      return { principal: { kind: 'resident' as const, accountId: p.accountId, residentId: p.residentId, ...me }, idleTimeoutSeconds: deps.sessions.idleTimeoutSeconds };
    }
    if (p.kind === 'staff') {
      const person = await deps.staffDirectory.profile(p.staffId);
      return {
        principal: { kind: 'staff' as const, staffId: p.staffId, hsaId: person.hsaId, givenName: person.givenName, familyName: person.familyName, activeUnitId: p.activeUnitId, roles: p.roles },
        idleTimeoutSeconds: deps.sessions.idleTimeoutSeconds,
      };
    }
    if (p.kind === 'guest') return { principal: { kind: 'guest' as const }, idleTimeoutSeconds: deps.sessions.idleTimeoutSeconds };
    return { principal: null, idleTimeoutSeconds: deps.sessions.idleTimeoutSeconds };
  });

  r.post(
    '/api/auth/bankid/start',
    {
      schema: { tags, summary: 'Start a BankID sign-in (R-ID-1)', body: bankIdStartRequest, response: { 200: bankIdStartResponse, ...errorResponses } },
      config: { rateLimit: { max: deps.signInRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const started = await deps.signIn.start(request.body.audience, request.ip);
      reply.setCookie(SIGN_IN_COOKIE, started.browserSecret, signInCookie(cookies));
      return { autoStartToken: started.autoStartToken, launchUrl: started.launchUrl, qrData: started.qrData };
    },
  );

  r.post(
    '/api/auth/bankid/collect',
    { schema: { tags, summary: 'Poll the BankID sign-in once a second; returns the next animated QR code', body: z.object({}).optional(), response: { 200: bankIdCollectResponse, ...errorResponses } } },
    async (request, reply) => {
      const outcome = await deps.signIn.collect(request.cookies[SIGN_IN_COOKIE]);
      if (outcome.session) startSession(reply, outcome.session);
      return outcome.response;
    },
  );

  r.post('/api/auth/bankid/cancel', { schema: { tags, summary: 'Cancel the BankID sign-in in progress', body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await deps.signIn.cancel(request.cookies[SIGN_IN_COOKIE]);
    reply.clearCookie(SIGN_IN_COOKIE, signInCookie(cookies));
    return reply.code(204).send(null);
  });

  r.post('/api/auth/terms/accept', { schema: { tags, summary: 'Accept the terms and create the account (R-ID-2)', body: acceptTermsRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    const session = await deps.signIn.acceptTerms(request.cookies[SIGN_IN_COOKIE], request.body.termsVersion);
    startSession(reply, session);
    return reply.code(204).send(null);
  });

  r.post('/api/auth/terms/decline', { schema: { tags, summary: 'Decline the terms: nothing is created (R-ID-2)', body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await deps.signIn.declineTerms(request.cookies[SIGN_IN_COOKIE]);
    reply.clearCookie(SIGN_IN_COOKIE, signInCookie(cookies));
    return reply.code(204).send(null);
  });

  r.post('/api/auth/sign-out', { schema: { tags, summary: 'End this session', body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    const p = requireSignedIn(request);
    await deps.sessions.end(p.sessionId);
    reply.clearCookie(SESSION_COOKIE, sessionCookie(cookies));
    return reply.code(204).send(null);
  });

  r.post('/api/auth/sign-out-everywhere', { schema: { tags, summary: 'End every session of the signed-in person', body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    const p = requireSignedIn(request);
    await deps.sessions.endEverywhere(p);
    reply.clearCookie(SESSION_COOKIE, sessionCookie(cookies));
    return reply.code(204).send(null);
  });
}
