import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Db } from '../../db/client.ts';
import type { DocumentRow } from './documents.repository.ts';
import { documentsRepository } from './documents.repository.ts';
import type { DocumentRenderer } from './pdf/document-renderer.ts';

export interface PdfFile {
  name: string;
  bytes: Uint8Array;
}

const slug = (title: string) => title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'dokument';

/** A document's PDF and its attached PDFs, rendered from the stored content when asked. */
export class DocumentFiles {
  constructor(private readonly renderer: DocumentRenderer) {}

  async pdf(row: DocumentRow): Promise<PdfFile> {
    return { name: `${slug(row.content.title)}.pdf`, bytes: await this.renderer.render(row.content) };
  }

  async withAttachments(db: Db, row: DocumentRow): Promise<PdfFile[]> {
    const attachments = await documentsRepository.attachmentFilesOf(db, row.id);
    return [await this.pdf(row), ...attachments.map((a) => ({ name: a.name, bytes: a.content }))];
  }

  /** R-DC-6: the documents chosen from the print list, each followed by its attachments, as one PDF. */
  async printBatch(db: Db, rows: DocumentRow[]): Promise<Uint8Array> {
    const batch = await PDFDocument.create({ updateMetadata: false });
    batch.setTitle('Utskriftslista');
    for (const row of rows) {
      for (const file of await this.withAttachments(db, row)) {
        const source = await PDFDocument.load(file.bytes, { updateMetadata: false });
        for (const page of await batch.copyPages(source, source.getPageIndices())) batch.addPage(page);
      }
    }
    return batch.save({ useObjectStreams: false });
  }
}

export const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');
