import { createVerify, type KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { canonicalJson } from './canonical-json.ts';
import type { MailboxPort } from './mailbox.port.ts';
import { deliverSecureRequest, fromWire, isReachableRequest } from './mina-meddelanden.wire.ts';

/**
 * The mailbox service's HTTP face in the Mina meddelanden shape, backed by any MailboxPort (the
 * embedded one): `POST /recipient/isReachable` and `POST /operator/deliverSecure`, which refuses a
 * delivery whose signature does not verify with the sender's key. `operatorAddress` is where this
 * service's operator endpoint is reached, known once it listens. Lets the HTTPS adapter be tested
 * end to end against the same service the demo uses.
 */
export async function mailboxServicePlugin(app: FastifyInstance, opts: { mailbox: MailboxPort; senderKey: KeyObject; operatorAddress: () => string }): Promise<void> {
  app.post('/recipient/isReachable', async (request, reply) => {
    const parsed = isReachableRequest.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'Bad request' });
    const statuses = await opts.mailbox.isReachable(parsed.data.RecipientId);
    return {
      return: statuses.map((s) => ({
        RecipientId: s.recipientId,
        Pending: s.pending,
        SenderAccepted: s.senderAccepted,
        // Every operator is served here, at this service's own address.
        ServiceSupplier: s.serviceSupplier ? { Id: s.serviceSupplier.id, Name: s.serviceSupplier.name, ServiceAdress: `${opts.operatorAddress()}/${encodeURIComponent(s.serviceSupplier.serviceAddress)}` } : null,
      })),
    };
  });

  app.post<{ Params: { supplier: string } }>('/operator/:supplier/deliverSecure', async (request, reply) => {
    const parsed = deliverSecureRequest.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'Bad request' });
    const { Delivery, Signature } = parsed.data.SignedDelivery;
    const verifier = createVerify('RSA-SHA256');
    verifier.update(canonicalJson(Delivery));
    if (!verifier.verify(opts.senderKey, Signature.Value, 'base64')) return reply.code(403).send({ error: 'Signature does not verify' });
    const [supplier] = (await opts.mailbox.isReachable([Delivery.Header.Recipient])).map((s) => s.serviceSupplier);
    if (!supplier || supplier.serviceAddress !== request.params.supplier) return { TransId: 'none', Status: [{ RecipientId: Delivery.Header.Recipient, Delivered: false, ErrorCode: 'RECIPIENT_NOT_REACHABLE' }] };
    const result = await opts.mailbox.deliverSecure(supplier, fromWire(Delivery));
    return { TransId: result.transId, Status: [{ RecipientId: Delivery.Header.Recipient, Delivered: result.delivered, ErrorCode: result.errorCode }] };
  });
}
