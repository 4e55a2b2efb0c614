import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { ResidentDocument, ResidentDocumentDetail, ResidentDocumentsResponse } from '../../../../contracts/documents.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { DocumentFiles, PdfFile } from './document-files.ts';
import { type DocumentRow, documentsRepository } from './documents.repository.ts';

const toResidentDocument = (d: DocumentRow, unitName: string): ResidentDocument => ({
  id: d.id,
  kind: d.kind as DocumentKind,
  title: d.content.title,
  unitName,
  sentAt: (d.sentAt ?? d.createdAt).toISOString(),
  readAt: d.readAt?.toISOString() ?? null,
});

/**
 * R-DC-3, R-PX-5: the documents a resident receives in the app, for themself or for someone they act
 * for as proxy. Only documents delivered to this viewer are found; any other id is "not found".
 */
export class ResidentDocuments {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly files: DocumentFiles,
    private readonly audit: AuditService,
  ) {}

  async list(principal: ResidentPrincipal): Promise<ResidentDocumentsResponse> {
    const rows = await documentsRepository.inApp(this.db, principal.subjectId, principal.residentId);
    await this.audit.recordProxyAction(this.db, principal.residentId, principal.subjectId, 'viewed_documents');
    return { documents: rows.map((r) => toResidentDocument(r.document, r.unitName)) };
  }

  private async own(db: Db, principal: ResidentPrincipal, documentId: string) {
    const [row] = await documentsRepository.inApp(db, principal.subjectId, principal.residentId, documentId);
    if (!row) throw notFound('The document');
    return row;
  }

  async detail(principal: ResidentPrincipal, documentId: string): Promise<ResidentDocumentDetail> {
    const { document: d, unitName } = await this.own(this.db, principal, documentId);
    const attachments = await documentsRepository.attachmentsOf(this.db, [d.id]);
    return {
      ...toResidentDocument(d, unitName),
      body: d.content.body,
      links: d.content.links,
      attachments: attachments.map((a) => ({ id: a.id, name: a.name, size: a.size })),
      booking: d.content.booking ? { startsAt: d.content.booking.startsAt, place: d.content.booking.place } : null,
    };
  }

  /** R-DC-6: reading marks the document read, with the time; the first read stands. */
  async markRead(principal: ResidentPrincipal, documentId: string): Promise<{ readAt: string }> {
    return this.db.transaction(async (tx) => {
      const { document: d } = await this.own(tx, principal, documentId);
      const readAt = await documentsRepository.markRead(tx, d.id, this.clock.now(), principal.residentId === principal.subjectId ? 'resident' : 'proxy');
      await this.audit.recordProxyAction(tx, principal.residentId, principal.subjectId, 'read_document');
      return { readAt: readAt.toISOString() };
    });
  }

  async pdf(principal: ResidentPrincipal, documentId: string): Promise<PdfFile> {
    return this.files.pdf((await this.own(this.db, principal, documentId)).document);
  }

  async attachment(principal: ResidentPrincipal, documentId: string, attachmentId: string): Promise<PdfFile> {
    const { document: d } = await this.own(this.db, principal, documentId);
    const file = await documentsRepository.attachment(this.db, d.id, attachmentId);
    if (!file) throw notFound('The file');
    return { name: file.name, bytes: file.content };
  }
}
