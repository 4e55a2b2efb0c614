import type { MailboxPort } from '../../adapters/mailbox/mailbox.port.ts';
import type { VirusScannerPort } from '../../adapters/virus-scanner/virus-scanner.port.ts';
import type { Db } from '../../db/client.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';
import { documents } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { AccountsService } from '../identity/accounts.service.ts';
import type { ResidentNotifier } from '../notifications/resident-notifier.ts';
import type { ProxyEligibility } from '../proxies/proxy-eligibility.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { DocumentFiles } from './document-files.ts';
import { DocumentJobs } from './document-jobs.ts';
import { DocumentRouter } from './document-routing.service.ts';
import { LetterTemplates } from './letter-templates.service.ts';
import { DocumentRenderer } from './pdf/document-renderer.ts';
import { PrintList } from './print-list.service.ts';
import { ResidentDocuments } from './resident-documents.service.ts';
import { DocumentSender } from './send-document.service.ts';
import { StaffDocuments } from './staff-documents.service.ts';

export interface DocumentNeeds {
  residents: ResidentsService;
  accounts: AccountsService;
  proxyEligibility: ProxyEligibility;
  units: UnitsDirectory;
  unitAdmin: UnitAdminService;
  bookings: BookingsService;
  audit: AuditService;
  notifier: ResidentNotifier;
  mailbox: MailboxPort;
  virusScanner: VirusScannerPort;
  /** The sending authority's id at the mailbox operators (its organisation number). */
  senderId: string;
}

export type DocumentServices = ReturnType<typeof createDocumentServices>;

/** R-UN-5: e-documents sent per month at some units. */
export function documentsByMonth(db: Db, unitIds: string[], months: MonthRange): Promise<MonthCounts> {
  return countByMonth(db, documents, documents.createdAt, months, and(isNotNull(documents.sentAt), unitIds.length ? inArray(documents.unitId, unitIds) : sql`false`, eq(documents.status, 'sent')));
}

/** The e-documents module's services, wired to each other and to what they need from other modules. */
export function createDocumentServices(db: Db, clock: Clock, needs: DocumentNeeds) {
  const files = new DocumentFiles(new DocumentRenderer());
  const router = new DocumentRouter(clock, needs.accounts, needs.proxyEligibility, needs.units, needs.mailbox);
  const templates = new LetterTemplates(db, clock, needs.unitAdmin);
  const sender = new DocumentSender(db, clock, needs.residents, needs.units, needs.bookings, templates, router);
  return {
    files,
    router,
    templates,
    sender,
    staff: new StaffDocuments(db, clock, needs.residents, needs.units, needs.bookings, templates, router, sender, files, needs.audit, needs.virusScanner),
    resident: new ResidentDocuments(db, clock, files, needs.audit),
    printList: new PrintList(db, clock, files, needs.audit),
    jobs: new DocumentJobs(db, clock, needs.mailbox, files, needs.notifier, { id: needs.senderId }),
    byMonth: (unitIds: string[], months: MonthRange) => documentsByMonth(db, unitIds, months),
  };
}
