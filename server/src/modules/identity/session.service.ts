import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import { sessionRepository } from './session.repository.ts';
import { sessionVerdict, TOUCH_AFTER_MS } from './session.rules.ts';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
}

export interface ResolvedSession {
  principal: Exclude<Principal, { kind: 'anonymous' }>;
  csrfToken: string;
}

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
    private readonly staffDirectory: StaffDirectory,
  ) {}

  async startForResident(db: Db, accountId: string): Promise<IssuedSession> {
    return this.start(db, { principalKind: 'resident', accountId });
  }

  async startForStaff(db: Db, staffId: string, activeUnitId: string | null): Promise<IssuedSession> {
    return this.start(db, { principalKind: 'staff', staffId, activeUnitId });
  }

  private async start(db: Db, who: { principalKind: 'resident' | 'staff'; accountId?: string; staffId?: string; activeUnitId?: string | null }): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = randomToken();
    const csrfToken = randomToken();
    await sessionRepository.insert(db, {
      ...who,
      tokenHash: sha256(token),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.settings.absoluteHours * 3_600_000),
    });
    return { token, csrfToken };
  }

  /** Finds the principal behind a session cookie, ending the session if it has timed out or its account is blocked. */
  async resolve(token: string): Promise<ResolvedSession | { ended: 'session_expired' } | null> {
    const found = await sessionRepository.findLiveByTokenHash(this.db, sha256(token));
    if (!found) return null;
    const { session } = found;
    const now = this.clock.now();
    if (sessionVerdict(session, now, this.settings.idleMinutes) !== 'valid') {
      await sessionRepository.end(this.db, session.id, now);
      return { ended: 'session_expired' };
    }
    if (session.principalKind === 'resident' && (found.accountState !== 'active' || !found.residentId || !session.accountId)) {
      await sessionRepository.end(this.db, session.id, now);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) await sessionRepository.touch(this.db, session.id, now);

    if (session.principalKind === 'resident') {
      const residentId = found.residentId!;
      return {
        csrfToken: session.csrfToken,
        principal: { kind: 'resident', sessionId: session.id, accountId: session.accountId!, residentId, subjectId: residentId },
      };
    }
    const staffId = session.staffId;
    if (!staffId) throw new AppError('internal_error', 500, 'staff session without staff');
    const roles = session.activeUnitId ? await this.staffDirectory.rolesInUnit(staffId, session.activeUnitId) : [];
    return {
      csrfToken: session.csrfToken,
      principal: { kind: 'staff', sessionId: session.id, staffId, activeUnitId: roles.length ? session.activeUnitId : null, roles },
    };
  }

  async setActiveUnit(sessionId: string, unitId: string): Promise<void> {
    await sessionRepository.setActiveUnit(this.db, sessionId, unitId);
  }

  async end(sessionId: string): Promise<void> {
    await sessionRepository.end(this.db, sessionId, this.clock.now());
  }

  /** Sign-out everywhere: every session of the same person ends, in every browser. */
  async endEverywhere(principal: Exclude<Principal, { kind: 'anonymous' }>): Promise<void> {
    const now = this.clock.now();
    if (principal.kind === 'resident') await sessionRepository.endAllForAccount(this.db, principal.accountId, now);
    else await sessionRepository.endAllForStaff(this.db, principal.staffId, now);
  }

  /** Ends every session of an account at once; used when it is blocked (R-ID-4). */
  async endAllForAccount(db: Db, accountId: string): Promise<void> {
    await sessionRepository.endAllForAccount(db, accountId, this.clock.now());
  }

  get idleTimeoutSeconds(): number {
    return this.settings.idleMinutes * 60;
  }
}
