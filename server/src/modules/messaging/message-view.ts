import type { Profession } from '../../../../contracts/enums.ts';
import type { AttachmentInfo, Message } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { messagesRepository, type StoredMessage } from './messages.repository.ts';

export interface MessageRow {
  message: StoredMessage;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffProfession: string | null;
  residentGivenName: string | null;
  residentFamilyName: string | null;
}

/**
 * A stored message as the API shows it. The resident's own messages carry no name; a proxy's carry
 * the proxy's name (R-PX-5), staff messages the name and profession.
 */
export function toMessage(row: MessageRow, subjectResidentId: string, attachments: AttachmentInfo[]): Message {
  const m = row.message;
  const byProxy = m.authorResidentId !== null && m.authorResidentId !== subjectResidentId;
  return {
    id: m.id,
    seq: m.seq,
    clientId: m.clientId,
    author: m.author as Message['author'],
    authorName: m.authorStaffId ? `${row.staffGivenName} ${row.staffFamilyName}` : byProxy ? `${row.residentGivenName} ${row.residentFamilyName}` : null,
    authorProfession: (row.staffProfession as Profession | null) ?? null,
    kind: m.kind as Message['kind'],
    body: m.body,
    triage: m.triage ?? null,
    event: m.event ?? null,
    links: m.links,
    attachments,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Messages with their attachments, in two queries. */
export async function withAttachments(db: Db, rows: MessageRow[], subjectResidentId: (row: MessageRow) => string): Promise<Message[]> {
  const files = await messagesRepository.attachmentsOf(
    db,
    rows.map((r) => r.message.id),
  );
  const byMessage = new Map<string, AttachmentInfo[]>();
  for (const f of files) {
    const list = byMessage.get(f.messageId!) ?? [];
    list.push({ id: f.id, name: f.name, contentType: f.contentType, size: f.size });
    byMessage.set(f.messageId!, list);
  }
  return rows.map((r) => toMessage(r, subjectResidentId(r), byMessage.get(r.message.id) ?? []));
}
