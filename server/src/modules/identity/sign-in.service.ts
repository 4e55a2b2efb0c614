import type { BankIdCollectResponse, BankIdHintCode, SignInAudience } from '../../../../contracts/auth.ts';
import { bankIdHintCode } from '../../../../contracts/auth.ts';
import { type BankIdCollect, type BankIdPort, BankIdRejectedError } from '../../adapters/bankid/bankid.port.ts';
import { bankIdQrData } from '../../adapters/bankid/bankid-qr.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { AccountsService } from './accounts.service.ts';
import { canSignIn, parseIdentifier } from './identifier.rules.ts';
import type { IssuedSession, SessionService } from './session.service.ts';
import { type SignInAttemptRow, signInAttemptsRepository } from './sign-in-attempts.repository.ts';
import { CURRENT_TERMS_VERSION } from './terms.ts';

/** An attempt lives a little longer than a BankID order (which expires after about three minutes). */
const ATTEMPT_LIFETIME_MS = 5 * 60_000;

export interface SignInSettings {
  publicUrl: string;
  /** With the embedded simulator the same-device flow opens its test app instead of the `bankid:///` scheme. */
  simulatorEnabled: boolean;
}

export type CollectOutcome = { response: BankIdCollectResponse; session?: IssuedSession };

const accountBlocked = () => new AppError('account_blocked', 403, 'This account is blocked. Only your care unit can unblock it.');

/** Deletes the attempt inside the transaction that signs in, so one BankID completion yields at most one session. */
async function claimAttempt(tx: Db, attemptId: string): Promise<void> {
  if (!(await signInAttemptsRepository.delete(tx, attemptId))) throw new AppError('sign_in_not_found', 404, 'The sign-in has already been used');
}

const hint = (code: string): BankIdHintCode => bankIdHintCode.safeParse(code).data ?? 'unknown';

export class SignInService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly bankId: BankIdPort,
    private readonly sessions: SessionService,
    private readonly accounts: AccountsService,
    private readonly residents: ResidentsService,
    private readonly staffDirectory: StaffDirectory,
    private readonly settings: SignInSettings,
    private readonly ehrSync: { syncFor(identifier: string, kind: 'personnummer' | 'samordningsnummer'): Promise<unknown> },
  ) {}

  async start(audience: SignInAudience, endUserIp: string) {
    await signInAttemptsRepository.deleteExpired(this.db, this.clock.now());
    const order = await this.bankId.auth({ endUserIp });
    // The QR code's time counts from when BankID created the order, so read the clock after it answers.
    const now = this.clock.now();
    const browserSecret = randomToken();
    await signInAttemptsRepository.insert(this.db, {
      browserSecretHash: sha256(browserSecret),
      audience,
      orderRef: order.orderRef,
      qrStartToken: order.qrStartToken,
      qrStartSecret: order.qrStartSecret,
      autoStartToken: order.autoStartToken,
      startedAt: now,
      expiresAt: new Date(now.getTime() + ATTEMPT_LIFETIME_MS),
    });
    return {
      browserSecret,
      autoStartToken: order.autoStartToken,
      launchUrl: this.launchUrl(audience, order.autoStartToken),
      qrData: bankIdQrData(order.qrStartToken, order.qrStartSecret, 0),
    };
  }

  private launchUrl(audience: SignInAudience, autoStartToken: string): string {
    if (!this.settings.simulatorEnabled) return `bankid:///?autostarttoken=${autoStartToken}&redirect=null`;
    const back = `${this.settings.publicUrl}${audience === 'staff' ? '/portal/' : audience === 'guest' ? '/video/gast' : '/'}?signin=resume`;
    return `${this.settings.publicUrl}/bankid-sim/app?autostarttoken=${encodeURIComponent(autoStartToken)}&redirect=${encodeURIComponent(back)}`;
  }

  private async attemptFor(browserSecret: string | undefined): Promise<SignInAttemptRow> {
    const attempt = browserSecret ? await signInAttemptsRepository.findByBrowserSecretHash(this.db, sha256(browserSecret)) : null;
    if (!attempt || attempt.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new AppError('sign_in_not_found', 404, 'The sign-in has ended or expired. Start again.');
    }
    return attempt;
  }

  async collect(browserSecret: string | undefined): Promise<CollectOutcome> {
    const attempt = await this.attemptFor(browserSecret);
    if (attempt.status === 'identified' && attempt.identity) return { response: { status: 'identified', givenName: attempt.identity.givenName } };
    if (attempt.status === 'needs_terms' && attempt.identity) {
      return { response: { status: 'needs_terms', givenName: attempt.identity.givenName, termsVersion: CURRENT_TERMS_VERSION } };
    }
    const result = await this.collectOrder(attempt.orderRef);
    if (result.status === 'pending') {
      const seconds = Math.floor((this.clock.now().getTime() - attempt.startedAt.getTime()) / 1000);
      return { response: { status: 'pending', hintCode: hint(result.hintCode), qrData: bankIdQrData(attempt.qrStartToken, attempt.qrStartSecret, seconds) } };
    }
    if (result.status === 'failed') {
      await signInAttemptsRepository.delete(this.db, attempt.id);
      return { response: { status: 'failed', hintCode: hint(result.hintCode) } };
    }
    return this.complete(attempt, result.user);
  }

  /** An order BankID no longer knows (expired long ago, or the simulator restarted) is a failed sign-in. */
  private async collectOrder(orderRef: string): Promise<BankIdCollect> {
    try {
      return await this.bankId.collect(orderRef);
    } catch (err) {
      if (err instanceof BankIdRejectedError) return { status: 'failed', hintCode: 'unknown' };
      throw err;
    }
  }

  private async complete(attempt: SignInAttemptRow, user: { personalNumber: string; givenName: string; surname: string }): Promise<CollectOutcome> {
    const parsed = parseIdentifier(user.personalNumber, this.clock.now());
    if ('problem' in parsed) {
      await signInAttemptsRepository.delete(this.db, attempt.id);
      throw new AppError('sign_in_failed', 400, 'The e-ID did not carry a valid personnummer');
    }
    if (!canSignIn(parsed.kind)) {
      await signInAttemptsRepository.delete(this.db, attempt.id);
      throw new AppError('reserve_number_cannot_sign_in', 403, 'A reserve number cannot be used to sign in');
    }
    if (attempt.audience === 'staff') return this.completeStaff(attempt, parsed.normalized);
    if (attempt.audience === 'guest') {
      // R-VM-3: a guest is identified, not signed in: the name waits on the attempt until the guest link is redeemed.
      await signInAttemptsRepository.update(this.db, attempt.id, { status: 'identified', identity: { personalNumber: parsed.normalized, givenName: user.givenName, surname: user.surname } });
      return { response: { status: 'identified', givenName: user.givenName } };
    }

    const resident = (await this.db.transaction((tx) => this.residents.refreshFromRegister(tx, parsed.normalized))) ?? (await this.residents.findByIdentifier(this.db, parsed.normalized));
    const account = resident ? await this.accounts.findForResident(this.db, resident.id) : null;
    if (resident && (await this.accounts.isBlocked(this.db, resident.id))) {
      await signInAttemptsRepository.delete(this.db, attempt.id);
      throw accountBlocked();
    }
    if (account) {
      // R-IN-1: catch up with the EHR; when it cannot be reached, the bookings it has pushed still stand.
      await this.ehrSync.syncFor(parsed.normalized, parsed.kind === 'samordningsnummer' ? 'samordningsnummer' : 'personnummer').catch(() => undefined);
      const session = await this.db.transaction(async (tx) => {
        await claimAttempt(tx, attempt.id);
        return this.sessions.startForResident(tx, account.id);
      });
      return { response: { status: 'signed_in' }, session };
    }
    // R-ID-2: no account until the terms are accepted; the identified person waits on the attempt.
    await signInAttemptsRepository.update(this.db, attempt.id, {
      status: 'needs_terms',
      identity: { personalNumber: parsed.normalized, givenName: user.givenName, surname: user.surname },
    });
    return { response: { status: 'needs_terms', givenName: user.givenName, termsVersion: CURRENT_TERMS_VERSION } };
  }

  private async completeStaff(attempt: SignInAttemptRow, personalNumber: string): Promise<CollectOutcome> {
    const person = await this.staffDirectory.findBySignIn(personalNumber);
    if (!person) {
      await signInAttemptsRepository.delete(this.db, attempt.id);
      throw new AppError('not_staff', 403, 'This e-ID is not linked to an HSA-ID of staff in the region');
    }
    const units = await this.staffDirectory.units(person.id);
    const session = await this.db.transaction(async (tx) => {
      await claimAttempt(tx, attempt.id);
      return this.sessions.startForStaff(tx, person.id, units.length === 1 ? units[0]!.id : null);
    });
    return { response: { status: 'signed_in' }, session };
  }

  /** R-ID-2: accepting creates the account with the terms version, time and consents; then the session starts. */
  async acceptTerms(browserSecret: string | undefined, termsVersion: string): Promise<IssuedSession> {
    const attempt = await this.attemptFor(browserSecret);
    if (attempt.status !== 'needs_terms' || !attempt.identity || attempt.audience !== 'resident') {
      throw new AppError('sign_in_not_found', 404, 'There are no terms waiting for acceptance. Sign in again.');
    }
    if (termsVersion !== CURRENT_TERMS_VERSION) {
      throw new AppError('terms_version_mismatch', 409, 'The terms have changed. Read the new version and accept again.', 'termsVersion');
    }
    const identity = attempt.identity;
    const parsed = parseIdentifier(identity.personalNumber, this.clock.now());
    if ('problem' in parsed) throw new AppError('sign_in_failed', 400, 'The e-ID did not carry a valid personnummer');
    return this.db.transaction(async (tx) => {
      await claimAttempt(tx, attempt.id);
      const resident = await this.residents.ensureFromEid(tx, {
        identifier: parsed.normalized,
        identifierKind: parsed.kind,
        birthDate: parsed.birthDate,
        givenName: identity.givenName,
        familyName: identity.surname,
      });
      if (await this.accounts.isBlocked(tx, resident.id)) throw accountBlocked();
      const account = await this.accounts.createAcceptingTerms(tx, resident.id, CURRENT_TERMS_VERSION, this.clock.now());
      return this.sessions.startForResident(tx, account.id);
    });
  }

  /** R-VM-3: the name a guest's e-ID carried, taken once (the attempt and the personnummer it held are deleted). */
  async takeGuestIdentity(browserSecret: string | undefined): Promise<{ givenName: string; surname: string } | null> {
    const attempt = browserSecret ? await signInAttemptsRepository.findByBrowserSecretHash(this.db, sha256(browserSecret)) : null;
    if (!attempt || attempt.audience !== 'guest' || attempt.status !== 'identified' || !attempt.identity || attempt.expiresAt.getTime() <= this.clock.now().getTime()) return null;
    if (!(await signInAttemptsRepository.delete(this.db, attempt.id))) return null;
    return { givenName: attempt.identity.givenName, surname: attempt.identity.surname };
  }

  /** Declining leaves nothing behind: the attempt and the identity it held are deleted. */
  async declineTerms(browserSecret: string | undefined): Promise<void> {
    const attempt = await this.attemptFor(browserSecret);
    await signInAttemptsRepository.delete(this.db, attempt.id);
  }

  async cancel(browserSecret: string | undefined): Promise<void> {
    const attempt = await this.attemptFor(browserSecret);
    await signInAttemptsRepository.delete(this.db, attempt.id);
    if (attempt.status === 'pending') await this.bankId.cancel(attempt.orderRef).catch(() => undefined);
  }
}
