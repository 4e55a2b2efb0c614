/**
 * R-DC-4: digital mailboxes, shaped like the Swedish state infrastructure for digital mail (Mina
 * meddelanden, run by DIGG): a reachability look-up in the recipient register tells whether a person
 * has a mailbox and which operator (Kivra, Min Myndighetspost, Billo, …) holds it; the sender then
 * delivers a signed message to that operator's service address.
 */
export interface ServiceSupplier {
  id: string;
  name: string;
  /** Where deliveries for this operator go. */
  serviceAddress: string;
}

/** One person's answer from the recipient register. */
export interface AccountStatus {
  recipientId: string;
  /** Registered but not yet activated: not reachable. */
  pending: boolean;
  serviceSupplier: ServiceSupplier | null;
  /** The person has not declined mail from this sender (R-DC-8: they may decline at the operator). */
  senderAccepted: boolean;
}

export const isReachable = (s: AccountStatus): s is AccountStatus & { serviceSupplier: ServiceSupplier } => s.serviceSupplier !== null && !s.pending && s.senderAccepted;

export interface SecureAttachment {
  contentType: 'application/pdf';
  filename: string;
  body: Uint8Array;
  /** Hex MD5 of the body, as the delivery schema asks. */
  checksum: string;
}

/** A message to one recipient; the adapter signs it for delivery. */
export interface SecureDelivery {
  header: {
    sender: { id: string; name: string };
    recipient: string;
    /** Our document id, so a repeated delivery is recognised by the operator. */
    reference: string;
    correlationId: string;
  };
  message: {
    header: { id: string; subject: string; supportinfo: { text: string; phone: string }; language: 'svSE' };
    body: { contentType: 'text/plain'; body: string };
    attachments: SecureAttachment[];
  };
}

export interface DeliveryResult {
  transId: string;
  delivered: boolean;
  errorCode: string | null;
}

export interface MailboxPort {
  /** Looks up many recipients at once; every id asked for is answered. Rejects when the register cannot be reached. */
  isReachable(recipientIds: string[]): Promise<AccountStatus[]>;
  /** Delivers to the operator; rejects when the operator cannot be reached or answers with an error. */
  deliverSecure(supplier: ServiceSupplier, delivery: SecureDelivery): Promise<DeliveryResult>;
}
