import { createSign, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { AccountStatus, DeliveryResult, MailboxPort, SecureDelivery, ServiceSupplier } from './mailbox.port.ts';
import { deliverSecureResponse, isReachableResponse, toWire } from './mina-meddelanden.wire.ts';

export interface MinaMeddelandenOptions {
  /** The recipient register's service (FaR), e.g. https://notarealhost.minameddelanden.gov.se/recipient/v3 */
  recipientServiceUrl: string;
  /** The sending authority's organisation number. */
  senderId: string;
  /** The private key the sender signs deliveries with, and its id at the operators. */
  signingKey: KeyObject;
  keyId: string;
  timeoutMs?: number;
}

/** Mina meddelanden over HTTPS: look-ups at the recipient register, signed deliveries to each operator. */
export class MinaMeddelandenMailbox implements MailboxPort {
  constructor(private readonly options: MinaMeddelandenOptions) {}

  private async post(url: string, body: unknown): Promise<unknown> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    if (!response.ok) throw new Error(`The mailbox service answered ${response.status}`);
    return response.json();
  }

  async isReachable(recipientIds: string[]): Promise<AccountStatus[]> {
    const answer = isReachableResponse.parse(await this.post(`${this.options.recipientServiceUrl.replace(/\/$/, '')}/isReachable`, { SenderOrgNr: this.options.senderId, RecipientId: recipientIds }));
    return answer.return.map((s) => ({
      recipientId: s.RecipientId,
      pending: s.Pending,
      senderAccepted: s.SenderAccepted,
      serviceSupplier: s.ServiceSupplier ? { id: s.ServiceSupplier.Id, name: s.ServiceSupplier.Name, serviceAddress: s.ServiceSupplier.ServiceAdress } : null,
    }));
  }

  async deliverSecure(supplier: ServiceSupplier, delivery: SecureDelivery): Promise<DeliveryResult> {
    if (!/^https?:\/\//.test(supplier.serviceAddress)) throw new Error('The operator has no service address');
    const wire = toWire(delivery);
    const signer = createSign('RSA-SHA256');
    signer.update(canonicalJson(wire));
    const body = { SignedDelivery: { Delivery: wire, Signature: { Algorithm: 'RSA-SHA256', KeyId: this.options.keyId, Value: signer.sign(this.options.signingKey, 'base64') } } };
    const answer = deliverSecureResponse.parse(await this.post(`${supplier.serviceAddress.replace(/\/$/, '')}/deliverSecure`, body));
    const status = answer.Status.find((s) => s.RecipientId === delivery.header.recipient);
    if (!status) throw new Error('The operator did not answer for the recipient');
    return { transId: answer.TransId, delivered: status.Delivered, errorCode: status.ErrorCode ?? null };
  }
}
