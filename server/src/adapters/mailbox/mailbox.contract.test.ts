import { createHash, generateKeyPairSync } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailbox } from './local-mailbox.adapter.ts';
import { isReachable, type MailboxPort, type SecureDelivery } from './mailbox.port.ts';
import { mailboxServicePlugin } from './mailbox-service.plugin.ts';
import { MinaMeddelandenMailbox } from './mina-meddelanden.adapter.ts';

const sender = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
const registrations = new Map([
  ['199001011234', 'Kivra' as const],
  ['198502022345', 'Min Myndighetspost' as const],
]);
const pdf = new Uint8Array(Buffer.from('%PDF-1.7 test'));
const delivery = (recipient: string, reference: string): SecureDelivery => ({
  header: { sender: { id: '232100-0198', name: 'Region Gotland' }, recipient, reference, correlationId: reference },
  message: {
    header: { id: reference, subject: 'Kallelse – Visby vårdcentral', supportinfo: { text: 'Frågor? Ring mottagningen.', phone: '0498-26 80 00' }, language: 'svSE' },
    body: { contentType: 'text/plain', body: 'Du har fått en kallelse. Öppna den bifogade PDF-filen.' },
    attachments: [{ contentType: 'application/pdf', filename: 'kallelse.pdf', body: pdf, checksum: createHash('md5').update(pdf).digest('hex') }],
  },
});

let server: FastifyInstance;
let baseUrl: string;
const behindHttp = new LocalMailbox(registrations);
beforeAll(async () => {
  server = Fastify();
  let address = '';
  await server.register(mailboxServicePlugin, { mailbox: behindHttp, senderKey: sender.publicKey, operatorAddress: () => address });
  baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  address = `${baseUrl}/operator`;
});
afterAll(async () => server?.close());

const adapters: [string, () => { port: MailboxPort; inbox: LocalMailbox }][] = [
  ['the embedded mailbox service', () => { const m = new LocalMailbox(registrations); return { port: m, inbox: m }; }],
  ['Mina meddelanden over HTTP', () => ({ port: new MinaMeddelandenMailbox({ recipientServiceUrl: `${baseUrl}/recipient`, senderId: '232100-0198', signingKey: sender.privateKey, keyId: 'region-2026' }), inbox: behindHttp })],
];

describe.each(adapters)('the digital mailbox port (R-DC-4): %s', (_name, make) => {
  it('R-DC-4: answers the reachability look-up for every id asked, with the operator of those who have a mailbox', async () => {
    const { port } = make();
    const statuses = await port.isReachable(['199001011234', '198502022345', '200001013456']);
    expect(statuses.map((s) => [s.recipientId, isReachable(s) ? s.serviceSupplier.name : null])).toEqual([
      ['199001011234', 'Kivra'],
      ['198502022345', 'Min Myndighetspost'],
      ['200001013456', null],
    ]);
  });

  it('R-DC-4: delivers to the operator the look-up named; the operator keeps the message with its PDF, once per reference', async () => {
    const { port, inbox } = make();
    const [status] = await port.isReachable(['199001011234']);
    const reference = crypto.randomUUID();
    const first = await port.deliverSecure(status!.serviceSupplier!, delivery('199001011234', reference));
    expect(first).toMatchObject({ delivered: true, errorCode: null });
    const again = await port.deliverSecure(status!.serviceSupplier!, delivery('199001011234', reference));
    expect(again.transId).toBe(first.transId);
    const kept = inbox.all().filter((m) => m.delivery.header.reference === reference);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.operator).toBe('Kivra');
    expect(Buffer.from(kept[0]!.delivery.message.attachments[0]!.body).toString()).toBe('%PDF-1.7 test');
  });

  it('a delivery to someone without a mailbox is answered as not delivered', async () => {
    const { port } = make();
    const [status] = await port.isReachable(['199001011234']);
    expect(await port.deliverSecure(status!.serviceSupplier!, delivery('200001013456', crypto.randomUUID()))).toMatchObject({ delivered: false });
  });
});

describe('Mina meddelanden over HTTP: refusals', () => {
  it('a delivery signed with another key is refused by the operator and the adapter rejects', async () => {
    const port = new MinaMeddelandenMailbox({ recipientServiceUrl: `${baseUrl}/recipient`, senderId: '232100-0198', signingKey: stranger.privateKey, keyId: 'other' });
    const [status] = await port.isReachable(['199001011234']);
    await expect(port.deliverSecure(status!.serviceSupplier!, delivery('199001011234', crypto.randomUUID()))).rejects.toThrow(/403/);
  });

  it('an unreachable register or operator rejects, so the caller can retry', async () => {
    const port = new MinaMeddelandenMailbox({ recipientServiceUrl: 'http://127.0.0.1:9/recipient', senderId: '1', signingKey: sender.privateKey, keyId: 'k', timeoutMs: 2000 });
    await expect(port.isReachable(['199001011234'])).rejects.toThrow();
    await expect(port.deliverSecure({ id: '1', name: 'Kivra', serviceAddress: 'http://127.0.0.1:9/operator' }, delivery('199001011234', crypto.randomUUID()))).rejects.toThrow();
  });
});
