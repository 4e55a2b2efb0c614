import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { DocumentOptionsResponse, StaffDocument, StaffDocumentsResponse } from '../../../../contracts/documents.ts';
import type { VirusScannerPort } from '../../adapters/virus-scanner/virus-scanner.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import { checkedUpload } from '../messaging/attachments.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { DocumentFiles, PdfFile } from './document-files.ts';
import type { DocumentRouter } from './document-routing.service.ts';
import { type DocumentRow, documentsRepository } from './documents.repository.ts';
import type { LetterTemplates } from './letter-templates.service.ts';
import type { DocumentSender } from './send-document.service.ts';
import { toStaffDocument } from './staff-document-view.ts';

const documentKinds: DocumentKind[] = ['e_invitation', 'e_letter', 'referral_confirmation'];

/**
 * Staff's side of a resident's documents at their unit: what may be sent, what was sent and where it
 * went (every read written to the audit log in the same transaction, R-IN-2), the agreement that
 * releases a held invitation (R-DC-7), and the files attached to invitations.
 */
export class StaffDocuments {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly units: UnitsDirectory,
    private readonly bookings: BookingsService,
    private readonly templates: LetterTemplates,
    private readonly router: DocumentRouter,
    private readonly sender: DocumentSender,
    private readonly files: DocumentFiles,
    private readonly audit: AuditService,
    private readonly scanner: VirusScannerPort,
  ) {}

  async options(principal: StaffPrincipal, residentId: string, requestId: string): Promise<DocumentOptionsResponse> {
    assertStaffMay(principal, 'documents.send');
    return this.db.transaction(async (tx) => {
      const resident = await this.residents.assertCareRelation(tx, principal, residentId);
      const unit = (await this.units.byId(principal.activeUnitId, tx))!;
      const coming = (await this.bookings.comingAtUnit(tx, resident.id, unit.id)).filter((b) => !b.hiddenType);
      const invited = await documentsRepository.invitedBookings(tx, coming.map((b) => b.id));
      const templates = await this.templates.forUnit(tx, unit.id);
      await this.audit.recordRead(tx, principal, resident.id, 'documents', requestId);
      return {
        bookings: coming.map((b) => ({ id: b.id, startsAt: b.startsAt.toISOString(), typeName: b.typeNameSv, hasInvitation: invited.has(b.id) })),
        letterTemplates: templates.map((t) => ({ id: t.id, title: t.title, body: t.body, controlCode: t.controlCode })),
        kinds: documentKinds.filter((k) => unit.functions.includes(k)),
      };
    });
  }

  async list(principal: StaffPrincipal, residentId: string, requestId: string): Promise<StaffDocumentsResponse> {
    assertStaffMay(principal, 'resident.read');
    return this.db.transaction(async (tx) => {
      const resident = await this.residents.assertCareRelation(tx, principal, residentId);
      const rows = await documentsRepository.forResidentAtUnit(tx, resident.id, principal.activeUnitId);
      const attachments = await documentsRepository.attachmentsOf(tx, rows.map((r) => r.id));
      const unitName = (await this.units.byId(principal.activeUnitId, tx))?.name ?? '';
      await this.audit.recordRead(tx, principal, resident.id, 'documents', requestId);
      return { documents: rows.map((r) => toStaffDocument(r, unitName, attachments.filter((a) => a.documentId === r.id))) };
    });
  }

  /** A document of the unit, read under audit; another unit's document is not found. */
  private async read<T>(principal: StaffPrincipal, documentId: string, requestId: string, use: (tx: Db, row: DocumentRow, reader: StaffInUnit) => Promise<T>): Promise<T> {
    assertStaffMay(principal, 'resident.read');
    return this.db.transaction(async (tx) => {
      const row = await documentsRepository.atUnit(tx, documentId, principal.activeUnitId);
      if (!row) throw notFound('The document');
      await this.residents.assertCareRelation(tx, principal, row.residentId);
      await this.audit.recordRead(tx, principal, row.residentId, 'document', requestId);
      return use(tx, row, principal);
    });
  }

  pdf(principal: StaffPrincipal, documentId: string, requestId: string): Promise<PdfFile> {
    return this.read(principal, documentId, requestId, (_tx, row) => this.files.pdf(row));
  }

  attachment(principal: StaffPrincipal, documentId: string, attachmentId: string, requestId: string): Promise<PdfFile> {
    return this.read(principal, documentId, requestId, async (tx, row) => {
      const file = await documentsRepository.attachment(tx, row.id, attachmentId);
      if (!file) throw notFound('The file');
      return { name: file.name, bytes: file.content };
    });
  }

  /** R-DC-7: records how a resident with protected identity wants to be invited; the held invitation then goes as agreed. */
  async recordAgreement(principal: StaffPrincipal, documentId: string, agreement: { channel: 'digital' | 'paper'; note: string }): Promise<StaffDocument> {
    assertStaffMay(principal, 'documents.send');
    const held = await documentsRepository.atUnit(this.db, documentId, principal.activeUnitId);
    if (!held) throw notFound('The document');
    const resident = await this.residents.assertCareRelation(this.db, principal, held.residentId);
    const mailboxes = agreement.channel === 'digital' ? await this.router.lookUpMailboxes([resident]) : new Map();
    return this.db.transaction(async (tx) => {
      const row = await documentsRepository.atUnit(tx, documentId, principal.activeUnitId);
      if (row?.status !== 'held') throw new AppError('not_held', 409, 'The document is not waiting for an agreement');
      const booking = row.bookingId ? (await this.bookings.comingAtUnit(tx, row.residentId, row.unitId)).find((b) => b.id === row.bookingId) : undefined;
      const { facts, supplier } = await this.router.facts(tx, resident, { kind: row.kind as DocumentKind, unitId: row.unitId, appointmentTypeId: booking?.appointmentTypeId ?? null, letterHasControlCode: row.content.controlCode !== null, agreement: agreement.channel }, mailboxes);
      const routing = this.router.route(facts);
      if (routing.outcome !== 'routed') throw new Error('An agreed invitation must be routed');
      const now = this.clock.now();
      const updated = await documentsRepository.update(tx, row.id, { ...this.router.stored(routing, supplier, now), agreement: { ...agreement, staffId: principal.staffId, at: now.toISOString() } });
      await documentsRepository.addAppRecipients(tx, row.id, routing.app);
      return this.sender.view(tx, updated);
    });
  }

  /** R-DC-1, R-MS-11: a PDF for an e-invitation passes the same checks as chat files (type from content, rewritten, scanned). */
  async upload(principal: StaffPrincipal, file: { fileName: string; bytes: Uint8Array }): Promise<{ id: string; name: string; size: number }> {
    assertStaffMay(principal, 'documents.send');
    const inspected = await checkedUpload({ bytes: file.bytes, fileName: file.fileName, uploader: 'staff' }, this.scanner);
    if (inspected.contentType !== 'application/pdf') throw new AppError('attachment_type_not_allowed', 422, 'Only PDF files can be attached to an e-invitation', 'file');
    const row = await documentsRepository.insertAttachment(this.db, {
      unitId: principal.activeUnitId,
      uploadedByStaffId: principal.staffId,
      name: inspected.name,
      contentType: inspected.contentType,
      size: inspected.bytes.byteLength,
      sha256: inspected.sha256,
      content: inspected.bytes,
      createdAt: this.clock.now(),
    });
    return { id: row.id, name: inspected.name, size: inspected.bytes.byteLength };
  }
}
