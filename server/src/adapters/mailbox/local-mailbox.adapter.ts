import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccountStatus, DeliveryResult, MailboxPort, SecureDelivery, ServiceSupplier } from './mailbox.port.ts';

export interface DeliveredMail {
  transId: string;
  at: string;
  operator: string;
  delivery: SecureDelivery;
}

/** The operators of the embedded mailbox service; their addresses lead back to it. */
export const LOCAL_OPERATORS: Record<string, ServiceSupplier> = {
  Kivra: { id: '556840-2266', name: 'Kivra', serviceAddress: 'local://kivra' },
  'Min Myndighetspost': { id: '202100-6297', name: 'Min Myndighetspost', serviceAddress: 'local://min-myndighetspost' },
  Billo: { id: '559077-0763', name: 'Billo', serviceAddress: 'local://billo' },
};

/**
 * The embedded digital-mailbox service: a recipient register of who has a mailbox at which operator,
 * and the operators' inboxes, so a demo shows Kivra-like delivery. With a folder it keeps what was
 * delivered across restarts (one JSON file per delivery); without, in memory. Nothing leaves the machine.
 */
export class LocalMailbox implements MailboxPort {
  private readonly delivered: DeliveredMail[] = [];

  constructor(
    private readonly registrations: ReadonlyMap<string, keyof typeof LOCAL_OPERATORS>,
    private readonly options: { folder?: string; keep?: number } = {},
  ) {
    if (options.folder) {
      mkdirSync(options.folder, { recursive: true });
      for (const name of readdirSync(options.folder).filter((n) => n.endsWith('.json'))) {
        const mail = JSON.parse(readFileSync(join(options.folder, name), 'utf8')) as DeliveredMail & { delivery: { message: { attachments: { body: string }[] } } };
        for (const a of mail.delivery.message.attachments) (a as unknown as { body: Uint8Array }).body = new Uint8Array(Buffer.from(a.body, 'base64'));
        this.delivered.push(mail as DeliveredMail);
      }
      this.delivered.sort((a, b) => (a.at < b.at ? 1 : -1));
    }
  }

  async isReachable(recipientIds: string[]): Promise<AccountStatus[]> {
    return recipientIds.map((recipientId) => {
      const operator = this.registrations.get(recipientId);
      return { recipientId, pending: false, senderAccepted: true, serviceSupplier: operator ? LOCAL_OPERATORS[operator]! : null };
    });
  }

  async deliverSecure(supplier: ServiceSupplier, delivery: SecureDelivery): Promise<DeliveryResult> {
    const operator = this.registrations.get(delivery.header.recipient);
    if (!operator || LOCAL_OPERATORS[operator]!.serviceAddress !== supplier.serviceAddress) return { transId: randomUUID(), delivered: false, errorCode: 'RECIPIENT_NOT_REACHABLE' };
    // An operator keeps one copy per sender reference: a repeated delivery is answered as delivered.
    const earlier = this.delivered.find((m) => m.delivery.header.reference === delivery.header.reference && m.delivery.header.recipient === delivery.header.recipient);
    if (earlier) return { transId: earlier.transId, delivered: true, errorCode: null };
    const mail: DeliveredMail = { transId: randomUUID(), at: new Date().toISOString(), operator, delivery };
    this.delivered.unshift(mail);
    this.persist(mail);
    return { transId: mail.transId, delivered: true, errorCode: null };
  }

  private persist(mail: DeliveredMail): void {
    const folder = this.options.folder;
    const keep = this.options.keep ?? 500;
    for (const old of this.delivered.splice(keep)) if (folder) rmSync(join(folder, `${old.transId}.json`), { force: true });
    if (!folder) return;
    const serialisable = { ...mail, delivery: { ...mail.delivery, message: { ...mail.delivery.message, attachments: mail.delivery.message.attachments.map((a) => ({ ...a, body: Buffer.from(a.body).toString('base64') })) } } };
    const file = join(folder, `${mail.transId}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(serialisable));
    renameSync(`${file}.tmp`, file);
  }

  /** What was delivered, newest first. */
  all(): readonly DeliveredMail[] {
    return this.delivered;
  }

  byTransId(transId: string): DeliveredMail | undefined {
    return this.delivered.find((m) => m.transId === transId);
  }
}
