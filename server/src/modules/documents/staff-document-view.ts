import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { PrintReason, StaffDocument } from '../../../../contracts/documents.ts';
import type { DocumentRow } from './documents.repository.ts';
import { decisionOf } from './document-routing.service.ts';

const readByOf = (readBy: string | null) => (readBy === 'mailbox' ? 'mailbox' : readBy === 'proxy' ? 'proxy' : readBy === 'resident' ? 'resident' : null);

/** A document as staff see it: what was sent, where it went and why, and how delivery stands. */
export function toStaffDocument(d: DocumentRow, unitName: string, attachments: { id: string; name: string; size: number }[]): StaffDocument {
  return {
    id: d.id,
    kind: d.kind as DocumentKind,
    title: d.content.title,
    unitName,
    status: d.status as StaffDocument['status'],
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    routing: decisionOf(d.routing),
    delivery: {
      inApp: d.inApp,
      mailbox: (d.mailboxState as StaffDocument['delivery']['mailbox']) ?? null,
      readAt: d.readAt?.toISOString() ?? null,
      readBy: readByOf(d.readBy),
      printQueuedAt: d.printQueuedAt?.toISOString() ?? null,
      printReason: (d.printReason as PrintReason | null) ?? null,
      printedAt: d.printedAt?.toISOString() ?? null,
    },
    agreement: d.agreement ? { channel: d.agreement.channel, note: d.agreement.note, at: d.agreement.at } : null,
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, size: a.size })),
  };
}
