import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { RoutingDecision } from '../../../../contracts/documents.ts';
import { isReachable, type MailboxPort, type ServiceSupplier } from '../../adapters/mailbox/mailbox.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AccountsService } from '../identity/accounts.service.ts';
import { ageOn } from '../identity/identifier.rules.ts';
import type { ProxyEligibility } from '../proxies/proxy-eligibility.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { DocumentRouting } from './document-content.ts';
import { type ProxyRecipient, routeDocument, type Routing, type RoutingFacts } from './documents.rules.ts';

export interface Recipient {
  id: string;
  identifier: string;
  identifierKind: string;
  birthDate: string;
  protectedIdentity: boolean;
}

export type MailboxLookup = Map<string, ServiceSupplier | null> | 'failed';

/** Mina meddelanden names people by their 12 digits. */
export const mailboxRecipientId = (identifier: string) => identifier.replace(/\D/g, '');

/**
 * Gathers the facts the routing rule needs (account, proxies through the proxy rules, the unit's
 * exceptions, the mailbox look-up) and turns its verdict into what is stored with the document.
 */
export class DocumentRouter {
  constructor(
    private readonly clock: Clock,
    private readonly accounts: AccountsService,
    private readonly proxies: ProxyEligibility,
    private readonly units: UnitsDirectory,
    private readonly mailbox: MailboxPort,
  ) {}

  /** One look-up for many residents; a register that cannot be reached is remembered as such, not as "no mailbox". */
  async lookUpMailboxes(recipients: Recipient[]): Promise<MailboxLookup> {
    const asked = recipients.filter((r) => r.identifierKind !== 'reserve').map((r) => mailboxRecipientId(r.identifier));
    if (asked.length === 0) return new Map();
    try {
      const answers = await this.mailbox.isReachable(asked);
      return new Map(answers.map((s) => [s.recipientId, isReachable(s) ? s.serviceSupplier : null]));
    } catch {
      return 'failed';
    }
  }

  async facts(
    db: Db,
    r: Recipient,
    d: { kind: DocumentKind; unitId: string; appointmentTypeId: string | null; letterHasControlCode: boolean; agreement: 'digital' | 'paper' | null },
    mailboxes: MailboxLookup,
  ): Promise<{ facts: RoutingFacts; supplier: ServiceSupplier | null }> {
    // One after another: inside a transaction they share one connection.
    const account = await this.accounts.findForResident(db, r.id);
    const blocked = await this.accounts.isBlocked(db, r.id);
    const links = await this.proxies.allLinksOf(db, r.id);
    const exceptions = await this.units.documentExceptions(d.unitId, db);
    const proxies: ProxyRecipient[] = [];
    for (const link of links) {
      const hasAccount = link.state.active && (await this.accounts.findForResident(db, link.proxy.id)) !== null && !(await this.accounts.isBlocked(db, link.proxy.id));
      proxies.push({ residentId: link.proxy.id, kind: link.kind === 'guardian' ? 'guardian' : 'registered', active: link.state.active, hasAccount });
    }
    const supplier = mailboxes === 'failed' ? null : (mailboxes.get(mailboxRecipientId(r.identifier)) ?? null);
    const facts: RoutingFacts = {
      kind: d.kind,
      recipient: {
        residentId: r.id,
        reserveNumber: r.identifierKind === 'reserve',
        ageYears: ageOn(r.birthDate, this.clock.now()),
        hasAccount: account !== null && !blocked,
        accountBlocked: blocked,
        protectedIdentity: r.protectedIdentity,
        mailbox: mailboxes === 'failed' ? { lookupFailed: true } : supplier ? { reachable: true, operator: supplier.name } : { reachable: false },
      },
      proxies,
      localException: exceptions.some((e) => e.documentKind === d.kind && (e.appointmentTypeId === null || e.appointmentTypeId === d.appointmentTypeId)),
      letterHasControlCode: d.letterHasControlCode,
      agreement: d.agreement,
    };
    return { facts, supplier };
  }

  route(facts: RoutingFacts): Routing {
    return routeDocument(facts);
  }

  /** The stored form of a routed decision, and the columns that start each delivery. */
  stored(routing: Extract<Routing, { outcome: 'routed' }>, supplier: ServiceSupplier | null, now: Date) {
    const routingColumn: DocumentRouting = { app: routing.app, mailbox: routing.mailbox && supplier ? { operator: supplier.name, serviceAddress: supplier.serviceAddress, id: supplier.id } : null, print: routing.print, reasons: routing.reasons };
    return {
      routing: routingColumn,
      status: 'sent' as const,
      sentAt: now,
      inApp: routing.app.length > 0,
      mailboxState: routingColumn.mailbox ? ('pending' as const) : null,
      mailboxNextAttemptAt: routingColumn.mailbox ? now : null,
      printQueuedAt: routing.print ? now : null,
      printReason: routing.print,
    };
  }
}

/** What staff see of a stored decision. */
export function decisionOf(routing: DocumentRouting): RoutingDecision {
  return { appRecipients: routing.app.length, mailbox: routing.mailbox ? { operator: routing.mailbox.operator } : null, printNow: routing.print !== null, reasons: routing.reasons };
}
