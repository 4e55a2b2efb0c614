import type { ProxyKind } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import type { RealtimeHub, SessionEndReason } from '../../platform/realtime-hub.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import type { ProxyEligibility } from '../proxies/proxy-eligibility.ts';
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

export type ResolvedSession =
  | { principal: Exclude<Principal, { kind: 'anonymous' }>; csrfToken: string; proxyAccessEnded: boolean }
  | { ended: 'session_expired' }
  | null;

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
    private readonly staffDirectory: StaffDirectory,
    private readonly proxyEligibility: ProxyEligibility,
    private readonly hub: RealtimeHub,
  ) {}

  private readonly lastLiveTouch = new Map<string, number>();

  async startForResident(db: Db, accountId: string): Promise<IssuedSession> {
    return this.start(db, { principalKind: 'resident', accountId });
  }

  async startForStaff(db: Db, staffId: string, activeUnitId: string | null): Promise<IssuedSession> {
    return this.start(db, { principalKind: 'staff', staffId, activeUnitId });
  }

  /** R-VM-3: a guest's session, bound to the one guest link it was opened with; it ends no later than the link. */
  async startForGuest(db: Db, guestLinkId: string, until: Date): Promise<IssuedSession> {
    return this.start(db, { principalKind: 'guest', guestLinkId }, until);
  }

  /** Ends the sessions opened with a guest link (it was revoked) and closes their live connections. */
  async endGuestSessions(db: Db, guestLinkId: string): Promise<void> {
    const ids = await sessionRepository.endAllForGuestLink(db, guestLinkId, this.clock.now());
    this.hub.endSessions(ids, 'signed_out');
  }

  private async start(db: Db, who: { principalKind: 'resident' | 'staff' | 'guest'; accountId?: string; staffId?: string; activeUnitId?: string | null; guestLinkId?: string }, until?: Date): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = randomToken();
    const csrfToken = randomToken();
    await sessionRepository.insert(db, {
      ...who,
      tokenHash: sha256(token),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(Math.min(now.getTime() + this.settings.absoluteHours * 3_600_000, until?.getTime() ?? Infinity)),
    });
    return { token, csrfToken };
  }

  /**
   * Finds the principal behind a session cookie. Ends the session if it has timed out or the person
   * is blocked; re-checks the proxy link of a resident acting for someone else on every request (R-PX-1).
   */
  async resolve(token: string): Promise<ResolvedSession> {
    const found = await sessionRepository.findLiveByTokenHash(this.db, sha256(token));
    if (!found) return null;
    const { session } = found;
    const now = this.clock.now();
    if (sessionVerdict(session, now, this.settings.idleMinutes) !== 'valid') {
      await this.endSessions(this.db, [session.id], 'expired');
      return { ended: 'session_expired' };
    }
    if (session.principalKind === 'resident' && (found.residentBlocked || !found.residentId || !session.accountId)) {
      await this.endSessions(this.db, [session.id], 'blocked');
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) await sessionRepository.touch(this.db, session.id, now);

    if (session.principalKind === 'resident') {
      const residentId = found.residentId!;
      let subjectId = residentId;
      let proxyKind: ProxyKind | null = null;
      let proxyAccessEnded = false;
      if (session.actingForResidentId && session.actingForResidentId !== residentId) {
        const link = await this.proxyEligibility.activeLink(this.db, residentId, session.actingForResidentId);
        if (link) {
          subjectId = session.actingForResidentId;
          proxyKind = link.kind;
        } else {
          await sessionRepository.setActingFor(this.db, session.id, null);
          proxyAccessEnded = true;
        }
      }
      return {
        csrfToken: session.csrfToken,
        proxyAccessEnded,
        principal: { kind: 'resident', sessionId: session.id, accountId: session.accountId!, residentId, subjectId, proxyKind },
      };
    }
    if (session.principalKind === 'guest') {
      if (!session.guestLinkId) throw new AppError('internal_error', 500, 'guest session without link');
      return { csrfToken: session.csrfToken, proxyAccessEnded: false, principal: { kind: 'guest', sessionId: session.id, guestLinkId: session.guestLinkId } };
    }
    const staffId = session.staffId;
    if (!staffId) throw new AppError('internal_error', 500, 'staff session without staff');
    const roles = session.activeUnitId ? await this.staffDirectory.rolesInUnit(staffId, session.activeUnitId) : [];
    return {
      csrfToken: session.csrfToken,
      proxyAccessEnded: false,
      principal: { kind: 'staff', sessionId: session.id, staffId, activeUnitId: roles.length ? session.activeUnitId : null, roles },
    };
  }

  async setActiveUnit(sessionId: string, unitId: string): Promise<void> {
    await sessionRepository.setActiveUnit(this.db, sessionId, unitId);
    this.hub.endSessions([sessionId], 'principal_changed');
  }

  async setActingFor(db: Db, sessionId: string, subjectId: string | null): Promise<void> {
    await sessionRepository.setActingFor(db, sessionId, subjectId);
    this.hub.endSessions([sessionId], 'principal_changed');
  }

  async end(sessionId: string): Promise<void> {
    await this.endSessions(this.db, [sessionId], 'signed_out');
  }

  /** Sign-out everywhere: every session of the same person ends, in every browser. */
  async endEverywhere(principal: Exclude<Principal, { kind: 'anonymous' }>): Promise<void> {
    const now = this.clock.now();
    const ids =
      principal.kind === 'resident'
        ? await sessionRepository.endAllForAccount(this.db, principal.accountId, now)
        : principal.kind === 'staff'
          ? await sessionRepository.endAllForStaff(this.db, principal.staffId, now)
          : await sessionRepository.endAllForGuestLink(this.db, principal.guestLinkId, now);
    this.hub.endSessions(ids, 'signed_out');
  }

  /**
   * R-ID-4: ends the sessions of a blocked person at once. Run inside the transaction that blocks;
   * call `disconnect` with the result after it commits.
   */
  async endAllOfResident(tx: Db, residentId: string): Promise<string[]> {
    return sessionRepository.endAllOfResident(tx, residentId, this.clock.now());
  }

  /**
   * Sessions in which someone acts for `subjectId` (optionally one proxy). They are not ended: the
   * proxy keeps their own session, its next request for the subject is refused (403) and falls back
   * to acting for themself; their live connections are closed.
   */
  async proxySessionsFor(tx: Db, subjectId: string, actorResidentId?: string): Promise<string[]> {
    return sessionRepository.liveActingFor(tx, subjectId, actorResidentId);
  }

  /** Closes the live connections of sessions, after the change that affected them has committed. */
  disconnect(sessionIds: readonly string[], reason: SessionEndReason): void {
    this.hub.endSessions(sessionIds, reason);
  }

  private async endSessions(db: Db, ids: string[], reason: SessionEndReason): Promise<void> {
    for (const id of ids) await sessionRepository.end(db, id, this.clock.now());
    this.hub.endSessions(ids, reason);
  }

  /**
   * Closes the live connections of proxies whose link has run out (the 13th birthday, an end date),
   * so an open page learns at once; their next request is refused by `resolve`. Run by the scheduler.
   */
  async disconnectExpiredProxies(): Promise<number> {
    const expired: string[] = [];
    for (const s of await sessionRepository.allLiveProxySessions(this.db)) {
      if (!(await this.proxyEligibility.activeLink(this.db, s.actorResidentId, s.subjectId!))) expired.push(s.id);
    }
    this.hub.endSessions(expired, 'proxy_ended');
    return expired.length;
  }

  /**
   * A live connection was just opened: its upgrade request passed `resolve`, which left last-seen
   * less than a minute old, so the connection's first minute of activity needs no write. (After a
   * restart every client reconnects and subscribes at once; a write each made the storm slower.)
   */
  liveConnectionOpened(sessionId: string): void {
    this.lastLiveTouch.set(sessionId, this.clock.now().getTime());
  }

  /**
   * Activity on a live connection (writing, reading) keeps its session alive as requests do, at
   * most one write a minute per session.
   */
  async touchLive(sessionId: string): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - (this.lastLiveTouch.get(sessionId) ?? 0) < TOUCH_AFTER_MS) return;
    this.lastLiveTouch.set(sessionId, now);
    await sessionRepository.touch(this.db, sessionId, new Date(now));
  }

  /**
   * Ends the sessions behind this process's live connections that timed out or ended elsewhere, so
   * a socket never outlives its session. Run by the scheduler every minute.
   */
  async disconnectIdle(): Promise<number> {
    const now = this.clock.now();
    const rows = await sessionRepository.timesOf(this.db, this.hub.sessionIds());
    const ended = rows.filter((s) => s.endedAt !== null || sessionVerdict(s, now, this.settings.idleMinutes) !== 'valid').map((s) => s.id);
    await this.endSessions(this.db, ended, 'expired');
    for (const id of ended) this.lastLiveTouch.delete(id);
    return ended.length;
  }

  get idleTimeoutSeconds(): number {
    return this.settings.idleMinutes * 60;
  }
}
