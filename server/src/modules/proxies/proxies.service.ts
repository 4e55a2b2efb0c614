import type { AddProxyRequest, ProxyEntry, RepresentedResponse, ResidentProxiesResponse } from '../../../../contracts/proxies.ts';
import type { Db } from '../../db/client.ts';
import type { ProxyBasis } from '../../db/schema/proxies.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { ResidentPrincipal, StaffPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ageOnDate, parseIdentifier } from '../identity/identifier.rules.ts';
import type { SessionService } from '../identity/session.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { ProxyEligibility, ProxyLink } from './proxy-eligibility.ts';
import { proxiesRepository } from './proxies.repository.ts';
import { checkSpecialNeedApproval } from './proxy.rules.ts';

const specialNeedProblemText = {
  under_13: 'The child is under 13: guardians already act for them automatically',
  over_16: 'The child is 16 or older: a guardian cannot be proxy on special need',
  until_after_16: 'The end date must be no later than the 16th birthday',
  until_not_after_today: 'The end date must be after today',
} as const;

export class ProxiesService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly eligibility: ProxyEligibility,
    private readonly sessions: SessionService,
    private readonly residents: ResidentsService,
    private readonly staffDirectory: StaffDirectory,
    private readonly audit: AuditService,
  ) {}

  private today(): string {
    return swedishDate(this.clock.now());
  }

  /** R-PX-5: whom the signed-in resident may act for, and whom they act for now. */
  async representedBy(principal: ResidentPrincipal): Promise<RepresentedResponse> {
    const self = await this.residents.names(principal.residentId);
    const links = await this.eligibility.activeSubjectsOf(this.db, principal.residentId);
    return {
      self: { residentId: principal.residentId, ...self },
      actingFor: principal.subjectId,
      people: links.map((l) => ({
        residentId: l.subject.id,
        givenName: l.subject.givenName,
        familyName: l.subject.familyName,
        birthDate: l.subject.birthDate,
        kind: l.kind,
        endsOn: l.state.active ? l.state.endsOn : null,
      })),
    };
  }

  /** Switches who the resident acts for; the switch itself is recorded with actor and subject. */
  async actFor(principal: ResidentPrincipal, subjectId: string): Promise<void> {
    if (subjectId !== principal.residentId && !(await this.eligibility.activeLink(this.db, principal.residentId, subjectId))) {
      throw new AppError('forbidden', 403, 'You cannot act for this person');
    }
    await this.db.transaction(async (tx) => {
      await this.sessions.setActingFor(tx, principal.sessionId, subjectId === principal.residentId ? null : subjectId);
      await this.audit.recordProxyAction(tx, principal.residentId, subjectId, 'switched_to_subject');
    });
  }

  /** R-PX-6: staff see every proxy of a resident with its kind, basis and state. The read is logged. */
  async listForStaff(principal: StaffPrincipal, residentId: string, requestId: string): Promise<ResidentProxiesResponse> {
    assertStaffMay(principal, 'resident.read');
    return this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, residentId);
      const links = await this.eligibility.allLinksOf(tx, residentId);
      const proxies: ProxyEntry[] = [];
      for (const link of links) proxies.push(await this.entry(tx, link));
      const blocks = await proxiesRepository.guardianBlocksForChild(tx, residentId);
      const guardianBlocks = [];
      for (const b of blocks) {
        const guardian = (await proxiesRepository.person(tx, b.guardianId))!;
        guardianBlocks.push({
          id: b.id,
          guardian: { residentId: guardian.id, givenName: guardian.givenName, familyName: guardian.familyName },
          reason: b.reason,
          decidedBy: await this.staffRef(tx, b.decidedByStaffId, b.decidedInUnitId),
          decidedAt: b.decidedAt.toISOString(),
          liftedAt: b.liftedAt?.toISOString() ?? null,
        });
      }
      const activity = await this.audit.proxyActionsFor(tx, residentId);
      await this.audit.recordRead(tx, principal, residentId, 'resident_proxies', requestId);
      return { proxies, guardianBlocks, activity };
    });
  }

  private async staffRef(db: Db, staffId: string, unitId: string) {
    const [person, unitName] = await Promise.all([this.staffDirectory.profileIn(db, staffId), this.residents.unitName(db, unitId)]);
    return { name: `${person.givenName} ${person.familyName}`, unitName: unitName ?? '' };
  }

  private async entry(db: Db, link: ProxyLink): Promise<ProxyEntry> {
    const g = link.grant;
    const block = link.kind === 'guardian' || link.kind === 'guardian_special_need' ? await proxiesRepository.activeGuardianBlock(db, link.proxy.id, link.subject.id) : null;
    return {
      grantId: g?.id ?? null,
      kind: link.kind,
      proxy: { residentId: link.proxy.id, givenName: link.proxy.givenName, familyName: link.proxy.familyName, identifier: link.proxy.identifier },
      basis: g ? g.basis : { kind: 'population_register' },
      validFrom: g?.validFrom ?? null,
      validUntil: g?.validUntil ?? null,
      state: link.state,
      decidedBy: g ? await this.staffRef(db, g.decidedByStaffId, g.decidedInUnitId) : null,
      decidedAt: g?.decidedAt.toISOString() ?? null,
      guardianBlockId: block?.id ?? null,
    };
  }

  /** R-PX-2…4: care records a proxy decision with its basis; it takes effect at once. */
  async add(principal: StaffPrincipal, subjectId: string, input: AddProxyRequest): Promise<string> {
    assertStaffMay(principal, 'proxy.manage');
    return this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, subjectId);
      const subject = (await proxiesRepository.person(tx, subjectId))!;
      const proxyId = input.kind === 'guardian_special_need' ? input.guardianId : await this.representativeId(tx, input.representativeIdentifier);
      const proxy = await proxiesRepository.person(tx, proxyId);
      if (!proxy) throw new AppError('not_found', 404, 'No such guardian', 'guardianId');
      if (proxy.id === subject.id) throw new AppError('validation_failed', 400, 'A person cannot be their own proxy', 'representativeIdentifier');
      // 1177's practice: no proxy links where either person has protected identity.
      if (subject.protectedIdentity || proxy.protectedIdentity) throw new AppError('protected_identity', 409, 'Proxies cannot be registered for a person with protected identity');
      const today = this.today();
      let validUntil: string | null = null;
      let basis: ProxyBasis;
      if (input.kind === 'guardian_special_need') {
        if (!(await proxiesRepository.isGuardian(tx, proxy.id, subject.id))) throw new AppError('not_a_guardian', 409, 'This person is not the child’s guardian in the population register', 'guardianId');
        const problem = checkSpecialNeedApproval(subject.birthDate, today, input.validUntil);
        if (problem) throw new AppError('special_need_not_allowed', 409, specialNeedProblemText[problem], problem.startsWith('until') ? 'validUntil' : 'guardianId');
        validUntil = input.validUntil;
        basis = { kind: 'guardian_special_need', reason: input.reason };
      } else {
        if (ageOnDate(proxy.birthDate, today) < 18) throw new AppError('representative_not_adult', 409, 'A representative must be 18 or older', 'representativeIdentifier');
        if (input.kind === 'legal_representative') {
          if (input.decisionDate > today) throw new AppError('validation_failed', 400, 'The decision date cannot be in the future', 'decisionDate');
          basis = { kind: 'legal_representative', court: input.court, caseNumber: input.caseNumber, decisionDate: input.decisionDate, coversPersonalCare: true };
        } else {
          if (input.validUntil !== null && input.validUntil <= today) throw new AppError('validation_failed', 400, 'The end date must be after today', 'validUntil');
          validUntil = input.validUntil;
          basis = { kind: 'authorised_representative', reference: input.reference, scope: input.scope };
        }
      }
      return proxiesRepository.insertGrant(tx, {
        kind: input.kind,
        proxyId: proxy.id,
        subjectId: subject.id,
        basis,
        validFrom: today,
        validUntil,
        decidedByStaffId: principal.staffId,
        decidedInUnitId: principal.activeUnitId,
        decidedAt: this.clock.now(),
      });
    });
  }

  private async representativeId(db: Db, identifier: string): Promise<string> {
    const parsed = parseIdentifier(identifier, this.clock.now());
    if ('problem' in parsed) throw new AppError('invalid_identifier', 400, 'Enter the representative’s personnummer or samordningsnummer', 'representativeIdentifier');
    const person = await this.residents.findByIdentifier(db, parsed.normalized);
    if (!person) throw new AppError('not_found', 404, 'Nobody with that number is in the population register', 'representativeIdentifier');
    return person.id;
  }

  /** Ends a recorded proxy at once: sessions acting through it end and their connections close. */
  async end(principal: StaffPrincipal, grantId: string, reason: string): Promise<void> {
    assertStaffMay(principal, 'proxy.manage');
    const ended = await this.db.transaction(async (tx) => {
      const grant = await proxiesRepository.grantById(tx, grantId);
      if (!grant) throw notFound('The proxy');
      await this.residents.assertCareRelation(tx, principal, grant.subjectId);
      if (!(await proxiesRepository.endGrant(tx, grantId, principal.staffId, reason, this.clock.now()))) throw new AppError('not_found', 404, 'The proxy has already ended');
      if (await this.eligibility.activeLink(tx, grant.proxyId, grant.subjectId)) return [];
      return this.sessions.proxySessionsFor(tx, grant.subjectId, grant.proxyId);
    });
    this.sessions.disconnect(ended, 'proxy_ended');
  }

  /** R-PX-6: a unit manager blocks one or both guardians of a child, with a reason; it takes effect at once. */
  async blockGuardians(principal: StaffPrincipal, childId: string, guardianIds: string[], reason: string): Promise<string[]> {
    assertStaffMay(principal, 'guardian.block');
    const result = await this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, childId);
      const ids: string[] = [];
      const endedSessions: string[] = [];
      for (const guardianId of new Set(guardianIds)) {
        if (!(await proxiesRepository.isGuardian(tx, guardianId, childId))) throw new AppError('not_a_guardian', 409, 'That person is not a guardian of this child', 'guardianIds');
        if (await proxiesRepository.activeGuardianBlock(tx, guardianId, childId)) throw new AppError('already_blocked', 409, 'That guardian is already blocked', 'guardianIds');
        ids.push(await proxiesRepository.insertGuardianBlock(tx, { guardianId, childId, reason, decidedByStaffId: principal.staffId, decidedInUnitId: principal.activeUnitId, decidedAt: this.clock.now() }));
        endedSessions.push(...(await this.sessions.proxySessionsFor(tx, childId, guardianId)));
      }
      return { ids, endedSessions };
    });
    this.sessions.disconnect(result.endedSessions, 'proxy_ended');
    return result.ids;
  }

  async liftGuardianBlock(principal: StaffPrincipal, blockId: string): Promise<void> {
    assertStaffMay(principal, 'guardian.block');
    await this.db.transaction(async (tx) => {
      const block = await proxiesRepository.guardianBlockById(tx, blockId);
      if (!block) throw notFound('The block');
      await this.residents.assertCareRelation(tx, principal, block.childId);
      if (!(await proxiesRepository.liftGuardianBlock(tx, blockId, principal.staffId, this.clock.now()))) throw new AppError('not_blocked', 409, 'The block has already been lifted');
    });
  }

}
