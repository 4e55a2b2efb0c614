import { z } from 'zod';
import type { SecureDelivery } from './mailbox.port.ts';

/**
 * The wire shape: the elements of Mina meddelanden's Recipient/v3 `isReachable` and Service/v3
 * `deliverSecure` (SignedDelivery → Delivery → Header, Message, Attachment; DeliveryResult → TransId,
 * Status) carried as JSON with the schema's element names. The signature covers the canonical JSON of
 * `Delivery` (RSA-SHA256), in place of the XML signature the SOAP binding uses.
 */
export const isReachableRequest = z.object({ SenderOrgNr: z.string(), RecipientId: z.array(z.string()).min(1).max(1000) });

export const accountStatusWire = z.object({
  RecipientId: z.string(),
  Pending: z.boolean(),
  ServiceSupplier: z.object({ Id: z.string(), Name: z.string(), ServiceAdress: z.string() }).nullable(),
  SenderAccepted: z.boolean(),
});
export const isReachableResponse = z.object({ return: z.array(accountStatusWire) });

export const deliveryWire = z.object({
  Header: z.object({ Sender: z.object({ Id: z.string(), Name: z.string() }), Recipient: z.string(), Reference: z.string(), CorrelationId: z.string() }),
  Message: z
    .array(
      z.object({
        Header: z.object({ Id: z.string(), Subject: z.string().max(100), Supportinfo: z.object({ Text: z.string(), Phone: z.string() }), Language: z.literal('svSE') }),
        Body: z.object({ ContentType: z.literal('text/plain'), Body: z.string() }),
        Attachment: z.array(z.object({ ContentType: z.literal('application/pdf'), Body: z.string(), Filename: z.string(), Checksum: z.string() })),
      }),
    )
    .length(1),
});
export type DeliveryWire = z.infer<typeof deliveryWire>;
export const deliverSecureRequest = z.object({
  SignedDelivery: z.object({ Delivery: deliveryWire, Signature: z.object({ Algorithm: z.literal('RSA-SHA256'), KeyId: z.string(), Value: z.string() }) }),
});
export const deliverSecureResponse = z.object({
  TransId: z.string(),
  Status: z.array(z.object({ RecipientId: z.string(), Delivered: z.boolean(), ErrorCode: z.string().nullable().optional() })).min(1),
});

export function toWire(d: SecureDelivery): DeliveryWire {
  return {
    Header: { Sender: { Id: d.header.sender.id, Name: d.header.sender.name }, Recipient: d.header.recipient, Reference: d.header.reference, CorrelationId: d.header.correlationId },
    Message: [
      {
        Header: { Id: d.message.header.id, Subject: d.message.header.subject, Supportinfo: { Text: d.message.header.supportinfo.text, Phone: d.message.header.supportinfo.phone }, Language: 'svSE' },
        Body: { ContentType: 'text/plain', Body: d.message.body.body },
        Attachment: d.message.attachments.map((a) => ({ ContentType: a.contentType, Body: Buffer.from(a.body).toString('base64'), Filename: a.filename, Checksum: a.checksum })),
      },
    ],
  };
}

export function fromWire(w: DeliveryWire): SecureDelivery {
  const m = w.Message[0]!;
  return {
    header: { sender: { id: w.Header.Sender.Id, name: w.Header.Sender.Name }, recipient: w.Header.Recipient, reference: w.Header.Reference, correlationId: w.Header.CorrelationId },
    message: {
      header: { id: m.Header.Id, subject: m.Header.Subject, supportinfo: { text: m.Header.Supportinfo.Text, phone: m.Header.Supportinfo.Phone }, language: 'svSE' },
      body: { contentType: 'text/plain', body: m.Body.Body },
      attachments: m.Attachment.map((a) => ({ contentType: a.ContentType, filename: a.Filename, body: new Uint8Array(Buffer.from(a.Body, 'base64')), checksum: a.Checksum })),
    },
  };
}
