import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { PrintReason, RoutingReason } from '../../../../contracts/documents.ts';

/** R-DC-3: a digital mailbox receives documents for residents of this age and older. */
export const MAILBOX_MIN_AGE = 18;
/** R-DC-6: a document in the app, not in a mailbox, unread this long, goes to the print list. */
export const UNREAD_PRINT_AFTER_MS = 48 * 3_600_000;

/** A person who may see a resident's documents as proxy; eligibility comes from the proxy rules. */
export interface ProxyRecipient {
  residentId: string;
  /** `guardian`: the automatic guardian of a child under 13 (R-PX-1); others are registered proxies. */
  kind: 'guardian' | 'registered';
  /** The link is active now (proxy.rules.ts: age limits, blocks, protected identity). */
  active: boolean;
  /** Has an account that may sign in (not blocked). */
  hasAccount: boolean;
}

export interface RoutingFacts {
  kind: DocumentKind;
  recipient: {
    residentId: string;
    reserveNumber: boolean;
    ageYears: number;
    /** An account that may sign in: not unregistered (R-DC-8), not blocked. */
    hasAccount: boolean;
    accountBlocked: boolean;
    protectedIdentity: boolean;
    /** The mailbox look-up: reachable with this operator, not reachable, or the look-up failed. */
    mailbox: { reachable: true; operator: string } | { reachable: false } | { lookupFailed: true };
  };
  proxies: ProxyRecipient[];
  /** R-DC-5: the unit has a local exception for this kind (and appointment type). */
  localException: boolean;
  /** R-DC-2: for an e-letter, whether its template has a control code. */
  letterHasControlCode: boolean;
  /** R-DC-7: what staff recorded with a resident with protected identity, if anything. */
  agreement: 'digital' | 'paper' | null;
}

export type Routing =
  | { outcome: 'held'; reasons: RoutingReason[] }
  | {
      outcome: 'routed';
      /** Residents who see it in the app: the resident themself and/or their proxies. */
      app: string[];
      mailbox: { operator: string } | null;
      /** Straight to the print list (R-DC-6), and why. */
      print: PrintReason | null;
      reasons: RoutingReason[];
    };

/**
 * R-DC-2…7, R-PX: where one document to one resident goes. Pure: the caller gathers the facts and
 * stores the decision with its reasons. A document that may not go electronically goes only to the
 * print list; otherwise it goes to every electronic channel the resident has, and to print at once
 * only when there is none.
 */
export function routeDocument(f: RoutingFacts): Routing {
  const r = f.recipient;
  const reasons: RoutingReason[] = [];
  const paperOnly = (reason: RoutingReason): Routing => ({ outcome: 'routed', app: [], mailbox: null, print: 'not_electronic', reasons: [...reasons, reason] });

  // R-DC-5: never electronically for reserve numbers or the unit's local exceptions.
  if (r.reserveNumber) return paperOnly('reserve_number');
  if (f.localException) return paperOnly('local_exception');
  // R-DC-2: an e-letter without control code that the sender chose to send electronically is printed.
  if (f.kind === 'e_letter' && !f.letterHasControlCode) return paperOnly('letter_without_control_code');
  // R-DC-7: an e-invitation to a protected identity waits for the recorded agreement.
  if (f.kind === 'e_invitation' && r.protectedIdentity) {
    if (f.agreement === null) return { outcome: 'held', reasons: ['protected_identity_held'] };
    if (f.agreement === 'paper') return paperOnly('protected_identity_paper');
    reasons.push('protected_identity_digital');
  }

  const app: string[] = [];
  if (r.hasAccount) {
    app.push(r.residentId);
    reasons.push('app_account');
  } else if (r.accountBlocked) reasons.push('account_blocked');
  for (const p of f.proxies) {
    if (!p.active || !p.hasAccount || app.includes(p.residentId)) continue;
    app.push(p.residentId);
    const reason: RoutingReason = p.kind === 'guardian' ? 'guardians_under_13' : 'registered_proxy';
    if (!reasons.includes(reason)) reasons.push(reason);
  }

  let mailbox: { operator: string } | null = null;
  if (r.ageYears < MAILBOX_MIN_AGE) reasons.push('under_18_no_mailbox');
  else if ('lookupFailed' in r.mailbox) reasons.push('mailbox_lookup_failed');
  else if (r.mailbox.reachable) {
    mailbox = { operator: r.mailbox.operator };
    reasons.push('mailbox_over_18');
  } else reasons.push('mailbox_not_reachable');

  const nowhere = app.length === 0 && mailbox === null;
  if (nowhere) reasons.push('no_app_no_mailbox');
  return { outcome: 'routed', app, mailbox, print: nowhere ? 'no_app_no_mailbox' : null, reasons };
}

export interface PrintFacts {
  inApp: boolean;
  mailboxState: 'pending' | 'delivered' | 'failed' | null;
  readAt: Date | null;
  sentAt: Date;
}

/**
 * R-DC-6: whether a sent document, not yet on the print list, must now go there: in the app but not
 * for a mailbox and unread for 48 hours, or its mailbox delivery failed for good. A document
 * delivered to a mailbox never goes there.
 */
export function printDue(f: PrintFacts, now: Date): PrintReason | null {
  if (f.mailboxState === 'failed') return 'mailbox_failed';
  if (f.mailboxState !== null) return null;
  if (f.inApp && f.readAt === null && now.getTime() - f.sentAt.getTime() >= UNREAD_PRINT_AFTER_MS) return 'unread_48h';
  return null;
}

/** Mailbox delivery retries: wait after each failed attempt; after the last, the document is printed. */
export const MAILBOX_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;

/** When to try again after `attempts` failed attempts, or null when the retries are used up. */
export function nextMailboxAttempt(attempts: number, now: Date): Date | null {
  const delay = MAILBOX_RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
