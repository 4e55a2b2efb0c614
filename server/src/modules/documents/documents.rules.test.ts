import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAILBOX_MIN_AGE, nextMailboxAttempt, printDue, routeDocument, type RoutingFacts, UNREAD_PRINT_AFTER_MS } from './documents.rules.ts';

const proxy = fc.record({
  residentId: fc.uuid(),
  kind: fc.constantFrom('guardian' as const, 'registered' as const),
  active: fc.boolean(),
  hasAccount: fc.boolean(),
});
const mailbox = fc.oneof(
  fc.constant({ reachable: true as const, operator: 'Kivra' }),
  fc.constant({ reachable: false as const }),
  fc.constant({ lookupFailed: true as const }),
);
const facts: fc.Arbitrary<RoutingFacts> = fc.record({
  kind: fc.constantFrom('e_invitation' as const, 'e_letter' as const, 'referral_confirmation' as const),
  recipient: fc.record({
    residentId: fc.uuid(),
    reserveNumber: fc.boolean(),
    ageYears: fc.integer({ min: 0, max: 105 }),
    hasAccount: fc.boolean(),
    accountBlocked: fc.boolean(),
    protectedIdentity: fc.boolean(),
    mailbox,
  }),
  proxies: fc.array(proxy, { maxLength: 4 }),
  localException: fc.boolean(),
  letterHasControlCode: fc.boolean(),
  agreement: fc.constantFrom(null, 'digital' as const, 'paper' as const),
});

/** Whether the document may go electronically at all (R-DC-2, R-DC-5, R-DC-7 agreed on paper). */
const electronic = (f: RoutingFacts) =>
  !f.recipient.reserveNumber && !f.localException && !(f.kind === 'e_letter' && !f.letterHasControlCode) && !(f.kind === 'e_invitation' && f.recipient.protectedIdentity && f.agreement === 'paper');
const held = (f: RoutingFacts) => electronic(f) && f.kind === 'e_invitation' && f.recipient.protectedIdentity && f.agreement === null;
const routed = (f: RoutingFacts) => {
  const r = routeDocument(f);
  if (r.outcome !== 'routed') throw new Error('expected a routed document');
  return r;
};
const property = (check: (f: RoutingFacts) => void) => fc.assert(fc.property(facts, check), { numRuns: 2000 });

describe('routing of e-documents (R-DC-3…7)', () => {
  it('R-DC-5: a resident with a reserve number never gets a document electronically; it is printed at once', () =>
    property((f) => {
      if (!f.recipient.reserveNumber) return;
      expect(routeDocument(f)).toMatchObject({ outcome: 'routed', app: [], mailbox: null, print: 'not_electronic' });
    }));

  it('R-DC-5: a unit local exception keeps the document off every electronic channel', () =>
    property((f) => {
      if (!f.localException) return;
      expect(routeDocument(f)).toMatchObject({ outcome: 'routed', app: [], mailbox: null, print: 'not_electronic' });
    }));

  it('R-DC-2: an e-letter goes electronically only when its template has a control code; without, to the print list', () =>
    property((f) => {
      if (f.kind !== 'e_letter' || f.recipient.reserveNumber || f.localException) return;
      const r = routed(f);
      if (!f.letterHasControlCode) expect(r).toMatchObject({ app: [], mailbox: null, print: 'not_electronic', reasons: ['letter_without_control_code'] });
      else expect(r.reasons).not.toContain('letter_without_control_code');
    }));

  it('R-DC-7: an e-invitation to a protected identity is held until the agreement is recorded, then routed as agreed; other kinds are not held', () =>
    property((f) => {
      const r = routeDocument(f);
      expect(r.outcome === 'held').toBe(held(f));
      if (held(f)) expect(r.reasons).toEqual(['protected_identity_held']);
    }));

  it('R-DC-3: the resident sees it in the app exactly when they have an account and it may go electronically', () =>
    property((f) => {
      if (!electronic(f) || held(f)) return;
      expect(routed(f).app.includes(f.recipient.residentId)).toBe(f.recipient.hasAccount);
    }));

  it('R-DC-3/R-DC-4: over 18 with a reachable mailbox it goes to the mailbox whatever the app account; under 18 never', () =>
    property((f) => {
      if (!electronic(f) || held(f)) return;
      const r = routed(f);
      const expected = f.recipient.ageYears >= MAILBOX_MIN_AGE && 'reachable' in f.recipient.mailbox && f.recipient.mailbox.reachable;
      expect(r.mailbox !== null).toBe(expected);
    }));

  it('R-DC-3, R-PX-1…4: guardians of a child under 13 and registered proxies see it in the app when their link is active and they have an account', () =>
    property((f) => {
      if (!electronic(f) || held(f)) return;
      const r = routed(f);
      for (const p of f.proxies) {
        if (p.residentId === f.recipient.residentId) continue;
        const sees = r.app.includes(p.residentId);
        const shouldSee = f.proxies.some((q) => q.residentId === p.residentId && q.active && q.hasAccount);
        expect(sees).toBe(shouldSee);
      }
      expect(new Set(r.app).size).toBe(r.app.length);
    }));

  it('R-DC-6: printed at once exactly when it may not go electronically or has neither app nor mailbox; never when it goes to a mailbox', () =>
    property((f) => {
      if (held(f)) return;
      const r = routed(f);
      const nowhere = r.app.length === 0 && r.mailbox === null;
      expect(r.print !== null).toBe(!electronic(f) || nowhere);
      if (r.mailbox) expect(r.print).toBeNull();
    }));

  it('every decision names its reasons', () =>
    property((f) => {
      expect(routeDocument(f).reasons.length).toBeGreaterThan(0);
    }));
});

describe('the print list (R-DC-6)', () => {
  const sentAt = new Date('2026-11-22T09:00:00Z');
  const after = (ms: number) => new Date(sentAt.getTime() + ms);

  it('R-DC-6: an unread document in the app without a mailbox stays at 47:59 and moves at 48:00', () => {
    const f = { inApp: true, mailboxState: null, readAt: null, sentAt };
    expect(printDue(f, after(UNREAD_PRINT_AFTER_MS - 60_000))).toBeNull();
    expect(printDue(f, after(UNREAD_PRINT_AFTER_MS))).toBe('unread_48h');
  });

  it('R-DC-6: the print list holds exactly what the rule says, over random documents, reads and mailbox outcomes', () =>
    fc.assert(
      fc.property(facts, fc.option(fc.integer({ min: 0, max: 200 * 3_600_000 })), fc.boolean(), fc.integer({ min: 0, max: 200 * 3_600_000 }), (f, readAfter, mailboxFails, elapsed) => {
        const r = routeDocument(f);
        if (r.outcome === 'held') return;
        const mailboxState = r.mailbox ? (mailboxFails ? 'failed' : 'delivered') : null;
        const now = after(elapsed);
        // The job runs every minute: the last run that matters is at 48:00 at the latest.
        const jobAt = elapsed >= UNREAD_PRINT_AFTER_MS ? after(UNREAD_PRINT_AFTER_MS) : now;
        const readAt = r.app.length > 0 && readAfter !== null && readAfter <= jobAt.getTime() - sentAt.getTime() ? after(readAfter) : null;
        const onList = r.print !== null || printDue({ inApp: r.app.length > 0, mailboxState, readAt, sentAt }, jobAt) !== null;
        // The rule as SPEC.md states it, from the facts alone.
        const wentToApp = r.app.length > 0;
        const deliveredToMailbox = mailboxState === 'delivered';
        const readWithin48h = readAfter !== null && readAfter <= UNREAD_PRINT_AFTER_MS;
        const unread48h = wentToApp && !r.mailbox && !readWithin48h && elapsed >= UNREAD_PRINT_AFTER_MS;
        const expected =
          !deliveredToMailbox && (unread48h || (!wentToApp && !r.mailbox) || f.recipient.reserveNumber || (f.kind === 'e_letter' && !f.letterHasControlCode) || r.print !== null || mailboxState === 'failed');
        expect(onList).toBe(expected);
        if (deliveredToMailbox) expect(onList).toBe(false);
      }),
      { numRuns: 3000 },
    ));

  it('R-DC-4: a failed mailbox delivery is retried with growing pauses, then ends on the print list', () => {
    const now = new Date('2026-11-22T09:00:00Z');
    const waits = [1, 2, 3, 4, 5].map((n) => nextMailboxAttempt(n, now)!.getTime() - now.getTime());
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(nextMailboxAttempt(6, now)).toBeNull();
    expect(printDue({ inApp: true, mailboxState: 'failed', readAt: null, sentAt: now }, now)).toBe('mailbox_failed');
    expect(printDue({ inApp: false, mailboxState: 'delivered', readAt: now, sentAt: now }, new Date(now.getTime() + 10 * UNREAD_PRINT_AFTER_MS))).toBeNull();
  });
});
