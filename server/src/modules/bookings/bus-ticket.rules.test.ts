import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTicketCode, ticketCode, ticketStatus, ticketWindow } from './bus-ticket.rules.ts';

const key = 'k'.repeat(43);
const claims = { bookingId: '7b0c2c56-8a1e-4c53-9d5f-0f5a3c1e2b4d', validFrom: new Date('2026-12-03T05:00:00Z'), validUntil: new Date('2026-12-03T11:30:00Z') };

describe('R-BK-6: bus ticket codes', () => {
  it('R-BK-6: a code reads back to what was signed, and carries nothing but the booking id and the window', () => {
    const code = ticketCode(key, claims);
    expect(readTicketCode(key, code)).toEqual(claims);
    const decoded = Buffer.from(code.split('.')[1]!, 'base64url').toString();
    expect(Object.keys(JSON.parse(decoded)).sort()).toEqual(['b', 'f', 'u']);
  });

  it('R-BK-6: any change to a code, or a code signed with another key, is refused', () => {
    const code = ticketCode(key, claims);
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'), (at, char) => {
        fc.pre(code[at] !== char);
        expect(readTicketCode(key, code.slice(0, at) + char + code.slice(at + 1))).toBeNull();
      }),
    );
    expect(readTicketCode('x'.repeat(43), code)).toBeNull();
    for (const junk of ['', 'T1', 'T1..', 'T2.abc.def', `${code}.x`]) expect(readTicketCode(key, junk)).toBeNull();
  });

  it('R-BK-6: a forged payload with a valid-looking signature from elsewhere is refused', () => {
    const [version, , signature] = ticketCode(key, claims).split('.');
    const longer = Buffer.from(JSON.stringify({ b: claims.bookingId, f: 0, u: 4_000_000_000 })).toString('base64url');
    expect(readTicketCode(key, `${version}.${longer}.${signature}`)).toBeNull();
  });

  it('R-BK-6: the ticket holds from three hours before the visit to three hours after it ends, and not outside', () => {
    const window = ticketWindow({ startsAt: new Date('2026-12-03T08:00:00Z'), endsAt: new Date('2026-12-03T08:30:00Z') });
    expect(window).toEqual({ validFrom: new Date('2026-12-03T05:00:00Z'), validUntil: new Date('2026-12-03T11:30:00Z') });
    const c = { bookingId: 'b', ...window };
    expect(ticketStatus(c, new Date('2026-12-03T04:59:59Z'))).toBe('not_yet_valid');
    expect(ticketStatus(c, new Date('2026-12-03T05:00:00Z'))).toBe('valid');
    expect(ticketStatus(c, new Date('2026-12-03T11:30:00Z'))).toBe('valid');
    expect(ticketStatus(c, new Date('2026-12-03T11:30:01Z'))).toBe('expired');
  });
});
