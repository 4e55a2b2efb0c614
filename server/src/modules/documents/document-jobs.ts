import type { MailboxPort } from '../../adapters/mailbox/mailbox.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ResidentNotifier } from '../notifications/resident-notifier.ts';
import { mailboxRecipientId } from './document-routing.service.ts';
import { type DocumentFiles, md5 } from './document-files.ts';
import { type DocumentRow, documentsRepository } from './documents.repository.ts';
import { nextMailboxAttempt, UNREAD_PRINT_AFTER_MS } from './documents.rules.ts';

const kindSubject = { e_invitation: 'Kallelse', e_letter: 'Brev', referral_confirmation: 'Remissbekräftelse' } as const;
/** A claimed delivery is not tried by anyone else for this long, in case this process dies during it. */
const MAILBOX_LEASE_MS = 5 * 60_000;
const PRINT_BATCH = 5000;

/** R-ID-2: a new document is told of without content or names. */
export const NEW_DOCUMENT_NOTICE = {
  sms: 'Du har fått ett nytt dokument i Vårdkontakten. Logga in för att läsa det.',
  push: { title: 'Vårdkontakten', body: 'Du har fått ett nytt dokument.', url: '/dokument' },
};

/**
 * The scheduled work on documents: mailbox deliveries with retries (R-DC-4), the print list at 48
 * hours (R-DC-6) and notices of new documents. Each claims its rows with a lock other processes
 * skip, so with several processes every delivery and notice happens once.
 */
export class DocumentJobs {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mailbox: MailboxPort,
    private readonly files: DocumentFiles,
    private readonly notifier: ResidentNotifier,
    private readonly sender: { id: string },
  ) {}

  /** R-DC-4: delivers what is due; a delivered document counts as read. Failures retry, then go to the print list. */
  async deliverToMailboxes(limit = 20): Promise<{ delivered: number; failed: number }> {
    const ids = await documentsRepository.claimMailboxDue(this.db, this.clock.now(), MAILBOX_LEASE_MS, limit);
    let delivered = 0;
    let failed = 0;
    for (const id of ids) {
      const row = await documentsRepository.byId(this.db, id);
      if (!row?.routing.mailbox || row.mailboxState !== 'pending') continue;
      const outcome = await this.deliverOne(row).catch(() => ({ delivered: false, permanent: false }));
      const now = this.clock.now();
      if (outcome.delivered) {
        delivered++;
        await documentsRepository.update(this.db, id, { mailboxState: 'delivered', mailboxDeliveredAt: now, mailboxNextAttemptAt: null, readAt: row.readAt ?? now, readBy: row.readBy ?? 'mailbox' });
        continue;
      }
      const attempts = row.mailboxAttempts + 1;
      const next = outcome.permanent ? null : nextMailboxAttempt(attempts, now);
      if (next) await documentsRepository.update(this.db, id, { mailboxAttempts: attempts, mailboxNextAttemptAt: next });
      else {
        failed++;
        await documentsRepository.update(this.db, id, { mailboxAttempts: attempts, mailboxState: 'failed', mailboxNextAttemptAt: null, printQueuedAt: row.printQueuedAt ?? now, printReason: row.printReason ?? 'mailbox_failed' });
      }
    }
    return { delivered, failed };
  }

  private async deliverOne(row: DocumentRow): Promise<{ delivered: boolean; permanent: boolean }> {
    const supplier = row.routing.mailbox!;
    const files = await this.files.withAttachments(this.db, row);
    const c = row.content;
    const result = await this.mailbox.deliverSecure(
      { id: supplier.id, name: supplier.operator, serviceAddress: supplier.serviceAddress },
      {
        header: { sender: { id: this.sender.id, name: c.letterhead.regionName }, recipient: mailboxRecipientId(c.recipient.identifier), reference: row.id, correlationId: row.id },
        message: {
          header: { id: row.id, subject: `${kindSubject[c.kind]} från ${c.letterhead.unitName}`.slice(0, 100), supportinfo: { text: `Frågor? Kontakta ${c.letterhead.unitName}.`, phone: c.letterhead.phone }, language: 'svSE' },
          body: { contentType: 'text/plain', body: `${c.title}\n\nDokumentet finns i den bifogade PDF-filen.` },
          attachments: files.map((f) => ({ contentType: 'application/pdf', filename: f.name, body: f.bytes, checksum: md5(f.bytes) })),
        },
      },
    );
    // An operator's "not delivered" answer (the recipient left it) does not change by asking again.
    return { delivered: result.delivered, permanent: !result.delivered };
  }

  /** R-DC-6: documents in the app, not for a mailbox, unread for 48 hours, go to the print list. */
  async movePrintDue(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - UNREAD_PRINT_AFTER_MS);
    let moved = 0;
    for (;;) {
      const n = await documentsRepository.moveUnreadToPrint(this.db, cutoff, now, PRINT_BATCH);
      moved += n;
      if (n < PRINT_BATCH) return moved;
    }
  }

  /** Tells each app recipient of a new document by SMS and push (consent, no content, no names). */
  async notifyNew(limit = 200): Promise<number> {
    let told = 0;
    for (const id of await documentsRepository.claimUnnotified(this.db, this.clock.now(), limit)) {
      for (const residentId of await documentsRepository.appRecipientsOf(this.db, id)) {
        const result = await this.notifier.notify(this.db, residentId, NEW_DOCUMENT_NOTICE);
        if (result.sms || result.pushes) told++;
      }
    }
    return told;
  }

  async removeUnsentAttachments(): Promise<number> {
    return documentsRepository.removeUnsentAttachments(this.db, new Date(this.clock.now().getTime() - 86_400_000));
  }
}
