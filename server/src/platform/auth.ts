import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { routeAccess, type RouteRule } from './access-table.ts';
import { isDocumentation } from './api-routes.ts';
import { AppError, unauthenticated } from './errors.ts';
import { assertStaffMay } from './permissions.ts';
import type { GuestPrincipal, ResidentPrincipal, SignedInPrincipal, StaffPrincipal } from './principal.ts';
import { CSRF_COOKIE, type CookieSettings, csrfCookie, SESSION_COOKIE, sessionCookie } from './cookies.ts';
import { constantTimeEquals, randomToken } from './tokens.ts';
import type { SessionService } from '../modules/identity/session.service.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    sessionExpired: boolean;
  }
}


/** The access-table row of the route a request matched; HEAD is answered by the GET route. */
export function ruleFor(method: string, routeUrl: string | undefined): RouteRule | undefined {
  return routeAccess[`${method === 'HEAD' ? 'GET' : method} ${routeUrl}`];
}

/** R-IN-1: the EHR integration authenticates with its bearer token; no token configured means no access. */
function assertEhr(request: FastifyRequest, ehrToken: string | undefined): void {
  const given = request.headers.authorization;
  if (!ehrToken || typeof given !== 'string' || !constantTimeEquals(given, `Bearer ${ehrToken}`)) throw unauthenticated();
}

function assertAccess(request: FastifyRequest, rule: RouteRule | undefined, ehrToken: string | undefined): void {
  if (!rule) throw new AppError('forbidden', 403, 'This route is not open to anyone');
  if (rule.who === 'public') return;
  if (rule.who === 'ehr') assertEhr(request, ehrToken);
  else if (rule.who === 'signed_in') requireSignedIn(request);
  else if (rule.who === 'resident') requireResident(request);
  else if (rule.who === 'guest') requireGuest(request);
  else if (rule.who === 'resident_self') {
    const resident = requireResident(request);
    if (resident.subjectId !== resident.residentId) throw new AppError('role_not_permitted', 403, 'Switch to acting for yourself to do this');
  } else {
    const staff = requireStaff(request);
    if (rule.permission) assertStaffMay(staff, rule.permission);
  }
}

/**
 * Resolves the principal of every request from its session cookie, and refuses a state-changing
 * API request unless it carries the CSRF token: the header must equal the cookie and, when
 * signed in, the token bound to the session.
 */
export function registerAuth(app: FastifyInstance, sessions: SessionService, cookies: CookieSettings, ehrToken: string | undefined): void {
  app.decorateRequest('principal', null as never);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    request.principal = { kind: 'anonymous' };
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const resolved = await sessions.resolve(token);
      if (resolved && 'principal' in resolved) {
        request.principal = resolved.principal;
        request.csrfToken = resolved.csrfToken;
        // R-PX-1/6: the request that finds the proxy link gone is refused; the session falls back to the resident themself.
        if (resolved.proxyAccessEnded && request.url !== '/api/auth/session') {
          throw new AppError('proxy_access_ended', 403, 'You can no longer act for this person. You are now acting for yourself.');
        }
      } else {
        request.sessionExpired = resolved !== null;
        reply.clearCookie(SESSION_COOKIE, sessionCookie(cookies));
      }
    }
    if (!request.url.startsWith('/api/') || isDocumentation(request.url) || request.is404) return;
    const rule = ruleFor(request.method, request.routeOptions.url);
    assertAccess(request, rule, ehrToken);
    // A system calling with its bearer token sends no cookies, so it cannot be made to forge a request.
    if (!UNSAFE_METHODS.has(request.method) || rule?.who === 'ehr') return;
    const header = request.headers['x-csrf-token'];
    const cookie = request.cookies[CSRF_COOKIE];
    const ok =
      typeof header === 'string' &&
      typeof cookie === 'string' &&
      constantTimeEquals(header, cookie) &&
      (request.csrfToken === null || constantTimeEquals(header, request.csrfToken));
    if (!ok) throw new AppError('csrf_failed', 403, 'The request could not be verified. Reload the page and try again.');
  });
}

/** Gives the browser a CSRF token if it has none (before sign-in, for the sign-in requests themselves). */
export function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply, cookies: CookieSettings): void {
  const expected = request.csrfToken;
  const current = request.cookies[CSRF_COOKIE];
  if (expected && current !== expected) reply.setCookie(CSRF_COOKIE, expected, csrfCookie(cookies));
  else if (!expected && !current) reply.setCookie(CSRF_COOKIE, randomToken(), csrfCookie(cookies));
}

function refuseUnauthenticated(request: FastifyRequest): never {
  if (request.sessionExpired) throw new AppError('session_expired', 401, 'Your session has ended. Sign in again.');
  throw unauthenticated();
}

export function requireResident(request: FastifyRequest): ResidentPrincipal {
  const p = request.principal;
  if (p.kind === 'resident') return p;
  if (p.kind !== 'anonymous') throw new AppError('role_not_permitted', 403, 'This is for residents');
  return refuseUnauthenticated(request);
}

export function requireStaff(request: FastifyRequest): StaffPrincipal {
  const p = request.principal;
  if (p.kind === 'staff') return p;
  if (p.kind !== 'anonymous') throw new AppError('role_not_permitted', 403, 'This is for staff');
  return refuseUnauthenticated(request);
}

/** Residents, staff and guests: whoever has a session. */
export function requireSignedIn(request: FastifyRequest): SignedInPrincipal {
  const p = request.principal;
  if (p.kind === 'anonymous') return refuseUnauthenticated(request);
  return p;
}

export function requireGuest(request: FastifyRequest): GuestPrincipal {
  const p = request.principal;
  if (p.kind === 'guest') return p;
  if (p.kind !== 'anonymous') throw new AppError('role_not_permitted', 403, 'This is for guests of a video meeting');
  return refuseUnauthenticated(request);
}
