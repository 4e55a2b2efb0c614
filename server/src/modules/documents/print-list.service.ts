import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { PrintListResponse, PrintListSummary, PrintReason } from '../../../../contracts/documents.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { QueueDepth } from '../../platform/metrics.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { DocumentFiles } from './document-files.ts';
import { documentsRepository } from './documents.repository.ts';

/**
 * R-DC-6, R-DC-9: each unit works its print list: sees what waits and since when, prints a selection
 * as one PDF and marks it printed. Seeing whom a document is for, and printing it, are reads of the
 * resident's data and are logged per resident (R-IN-2).
 */
export class PrintList {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly files: DocumentFiles,
    private readonly audit: AuditService,
  ) {}

  async summary(principal: StaffPrincipal): Promise<PrintListSummary> {
    assertStaffMay(principal, 'print_list.work');
    const s = await documentsRepository.printSummary(this.db, principal.activeUnitId);
    return { waiting: s.waiting, oldestQueuedAt: s.oldest?.toISOString() ?? null };
  }

  /** Operations: how many documents wait to be printed across the region, and since when the oldest. */
  async depth(): Promise<QueueDepth> {
    const s = await documentsRepository.printSummary(this.db);
    return { count: s.waiting, oldest: s.oldest };
  }

  async list(principal: StaffPrincipal, requestId: string): Promise<PrintListResponse> {
    assertStaffMay(principal, 'print_list.work');
    return this.db.transaction(async (tx) => {
      const rows = await documentsRepository.printList(tx, principal.activeUnitId);
      for (const residentId of new Set(rows.map((r) => r.document.residentId))) await this.audit.recordRead(tx, principal, residentId, 'print_list', requestId);
      const oldest = rows[0]?.document.printQueuedAt ?? null;
      return {
        summary: { waiting: rows.length, oldestQueuedAt: oldest?.toISOString() ?? null },
        items: rows.map((r) => ({
          id: r.document.id,
          kind: r.document.kind as DocumentKind,
          title: r.document.content.title,
          resident: { id: r.document.residentId, name: `${r.givenName} ${r.familyName}`, birthDate: r.birthDate },
          reason: r.document.printReason as PrintReason,
          queuedAt: r.document.printQueuedAt!.toISOString(),
        })),
      };
    });
  }

  /** The chosen documents, each with its attachments, as one PDF; every id must be on this unit's list. */
  async print(principal: StaffPrincipal, documentIds: string[], requestId: string): Promise<Uint8Array> {
    assertStaffMay(principal, 'print_list.work');
    return this.db.transaction(async (tx) => {
      const rows = await documentsRepository.printList(tx, principal.activeUnitId, documentIds);
      if (rows.length !== new Set(documentIds).size) throw new AppError('not_found', 404, 'A chosen document is not on your unit’s print list', 'documentIds');
      for (const residentId of new Set(rows.map((r) => r.document.residentId))) await this.audit.recordRead(tx, principal, residentId, 'print_list', requestId);
      return this.files.printBatch(tx, rows.map((r) => r.document));
    });
  }

  async markPrinted(principal: StaffPrincipal, documentIds: string[]): Promise<{ printed: number }> {
    assertStaffMay(principal, 'print_list.work');
    return { printed: await documentsRepository.markPrinted(this.db, principal.activeUnitId, documentIds, principal.staffId, this.clock.now()) };
  }
}
