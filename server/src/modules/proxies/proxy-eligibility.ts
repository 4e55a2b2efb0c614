import type { ProxyKind } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import type { AccountsService } from '../identity/accounts.service.ts';
import type { Clock } from '../../platform/clock.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { type ProxyGrantRow, proxiesRepository } from './proxies.repository.ts';
import { type ProxyState, proxyState } from './proxy.rules.ts';

type Person = NonNullable<Awaited<ReturnType<typeof proxiesRepository.person>>>;

export interface ProxyLink {
  kind: ProxyKind;
  grant: ProxyGrantRow | null;
  proxy: Person;
  subject: Person;
  state: ProxyState;
}

/**
 * Reads the facts behind every proxy link and applies the one rule (proxy.rules.ts). Used by the
 * session check on every request, the scheduled expiry and the staff overview alike.
 */
export class ProxyEligibility {
  constructor(
    private readonly clock: Clock,
    private readonly accounts: AccountsService,
  ) {}

  private async link(db: Db, kind: ProxyKind, grant: ProxyGrantRow | null, proxy: Person, subject: Person): Promise<ProxyLink> {
    const isGuardianKind = kind === 'guardian' || kind === 'guardian_special_need';
    const [guardianBlocked, subjectBlocked] = await Promise.all([
      isGuardianKind ? proxiesRepository.activeGuardianBlock(db, proxy.id, subject.id).then(Boolean) : false,
      this.accounts.isBlocked(db, subject.id),
    ]);
    const state = proxyState({
      kind,
      subjectBirthDate: subject.birthDate,
      today: swedishDate(this.clock.now()),
      validFrom: grant?.validFrom ?? null,
      validUntil: grant?.validUntil ?? null,
      ended: grant?.endedAt != null,
      guardianBlocked,
      subjectBlocked,
      protectedIdentity: subject.protectedIdentity || proxy.protectedIdentity,
    });
    return { kind, grant, proxy, subject, state };
  }

  /** Every link, active or not, between a proxy and a subject; the automatic guardian link first. */
  async linksBetween(db: Db, proxyId: string, subjectId: string): Promise<ProxyLink[]> {
    const [proxy, subject] = await Promise.all([proxiesRepository.person(db, proxyId), proxiesRepository.person(db, subjectId)]);
    if (!proxy || !subject || proxyId === subjectId) return [];
    const links: ProxyLink[] = [];
    if (await proxiesRepository.isGuardian(db, proxyId, subjectId)) links.push(await this.link(db, 'guardian', null, proxy, subject));
    for (const grant of await proxiesRepository.grantsBetween(db, proxyId, subjectId)) {
      links.push(await this.link(db, grant.kind as ProxyKind, grant, proxy, subject));
    }
    return links;
  }

  /** The link that lets `proxyId` act for `subjectId` now, if any. */
  async activeLink(db: Db, proxyId: string, subjectId: string): Promise<ProxyLink | null> {
    return (await this.linksBetween(db, proxyId, subjectId)).find((l) => l.state.active) ?? null;
  }

  /** Everyone a resident may act for now. */
  async activeSubjectsOf(db: Db, proxyId: string): Promise<ProxyLink[]> {
    const subjectIds = new Set([
      ...(await proxiesRepository.childrenOf(db, proxyId)).map((c) => c.childId),
      ...(await proxiesRepository.grantsWhereProxy(db, proxyId)).map((g) => g.subjectId),
    ]);
    const links: ProxyLink[] = [];
    for (const subjectId of subjectIds) {
      const active = await this.activeLink(db, proxyId, subjectId);
      if (active) links.push(active);
    }
    return links.sort((a, b) => a.subject.givenName.localeCompare(b.subject.givenName, 'sv'));
  }

  /** Every proxy of a person with its state, for staff (R-PX-6). */
  async allLinksOf(db: Db, subjectId: string): Promise<ProxyLink[]> {
    const proxyIds = new Set([
      ...(await proxiesRepository.guardiansOf(db, subjectId)).map((g) => g.guardianId),
      ...(await proxiesRepository.grantsForSubject(db, subjectId)).map((g) => g.proxyId),
    ]);
    const links: ProxyLink[] = [];
    for (const proxyId of proxyIds) links.push(...(await this.linksBetween(db, proxyId, subjectId)));
    return links;
  }
}
