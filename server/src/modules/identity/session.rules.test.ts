import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionVerdict } from './session.rules.ts';

const start = new Date('2026-11-22T08:00:00Z');
const min = 60_000;

describe('session expiry', () => {
  const session = { createdAt: start, lastSeenAt: start, expiresAt: new Date(start.getTime() + 12 * 60 * min) };

  it('a session is valid until the idle timeout has passed since the last request', () => {
    expect(sessionVerdict(session, new Date(start.getTime() + 29 * min), 30)).toBe('valid');
    expect(sessionVerdict(session, new Date(start.getTime() + 30 * min), 30)).toBe('idle_timeout');
  });

  it('activity does not extend a session past its absolute lifetime', () => {
    const active = { ...session, lastSeenAt: new Date(session.expiresAt.getTime() - min) };
    expect(sessionVerdict(active, session.expiresAt, 30)).toBe('absolute_timeout');
  });

  it('no instant after the absolute lifetime is valid, whatever the activity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 720 }), (after, seenMinutes) => {
        const s = { ...session, lastSeenAt: new Date(start.getTime() + seenMinutes * min) };
        expect(sessionVerdict(s, new Date(session.expiresAt.getTime() + after * min), 30)).not.toBe('valid');
      }),
    );
  });
});
