import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * R-BK-6: a bus ticket code: the booking's random id and the validity window, signed. It carries no
 * personal data; the booking id means nothing without the service's database.
 */
export interface TicketClaims {
  bookingId: string;
  validFrom: Date;
  validUntil: Date;
}

const VERSION = 'T1';
const sign = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 16).toString('base64url');

export function ticketCode(key: string, claims: TicketClaims): string {
  const payload = Buffer.from(JSON.stringify({ b: claims.bookingId, f: Math.floor(claims.validFrom.getTime() / 1000), u: Math.floor(claims.validUntil.getTime() / 1000) })).toString('base64url');
  return `${VERSION}.${payload}.${sign(key, `${VERSION}.${payload}`)}`;
}

/** The claims of a code signed with `key`, or null for anything else (tampered, foreign, malformed). */
export function readTicketCode(key: string, code: string): TicketClaims | null {
  const [version, payload, signature] = code.split('.');
  if (version !== VERSION || !payload || !signature || code.split('.').length !== 3) return null;
  const expected = Buffer.from(sign(key, `${version}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { b?: unknown; f?: unknown; u?: unknown };
    if (typeof claims.b !== 'string' || typeof claims.f !== 'number' || typeof claims.u !== 'number') return null;
    return { bookingId: claims.b, validFrom: new Date(claims.f * 1000), validUntil: new Date(claims.u * 1000) };
  } catch {
    return null;
  }
}

const HOUR = 3_600_000;

/** The window the ticket holds: three hours before the visit until three hours after it ends. */
export function ticketWindow(visit: { startsAt: Date; endsAt: Date }): { validFrom: Date; validUntil: Date } {
  return { validFrom: new Date(visit.startsAt.getTime() - 3 * HOUR), validUntil: new Date(visit.endsAt.getTime() + 3 * HOUR) };
}

export function ticketStatus(claims: TicketClaims, now: Date): 'valid' | 'not_yet_valid' | 'expired' {
  if (now < claims.validFrom) return 'not_yet_valid';
  if (now > claims.validUntil) return 'expired';
  return 'valid';
}
