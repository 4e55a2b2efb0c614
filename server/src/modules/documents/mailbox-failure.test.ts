import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinaMeddelandenMailbox } from '../../adapters/mailbox/mina-meddelanden.adapter.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import { TestContext } from '../../testing/test-context.ts';
import { MAILBOX_RETRY_DELAYS_MS } from './documents.rules.ts';

/** A mailbox service whose register answers (or not) and whose operator always fails. */
let failing: FastifyInstance;
let registerDown = false;
let deliveries = 0;
let ctx: TestContext;
beforeAll(async () => {
  failing = Fastify();
  let base = '';
  failing.post('/recipient/isReachable', async (request, reply) => {
    if (registerDown) return reply.code(503).send();
    const ids = (request.body as { RecipientId: string[] }).RecipientId;
    return { return: ids.map((id) => ({ RecipientId: id, Pending: false, SenderAccepted: true, ServiceSupplier: { Id: '1', Name: 'Kivra', ServiceAdress: `${base}/operator` } })) };
  });
  failing.post('/operator/deliverSecure', async (_request, reply) => {
    deliveries++;
    return reply.code(503).send({ error: 'Service unavailable' });
  });
  base = await failing.listen({ host: '127.0.0.1', port: 0 });
  const mailbox = new MinaMeddelandenMailbox({ recipientServiceUrl: `${base}/recipient`, senderId: '232100-0198', signingKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, keyId: 'test' });
  ctx = await TestContext.create({}, undefined, { mailbox });
});
afterAll(async () => {
  await ctx?.close();
  await failing?.close();
});

describe('R-DC-4: a mailbox that fails', () => {
  it('R-DC-4, R-DC-6: a failing delivery is retried with growing pauses, then the document goes to the print list; nothing is lost', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const jonas = await residentDbId(ctx.database.db, 'jonas');
    const sent = await maria.post(`/api/staff/residents/${jonas}/documents`, { requestId: randomUUID(), kind: 'referral_confirmation', title: 'Remiss mottagen', body: 'Vi har tagit emot remissen.' });
    expect(sent.json().document.routing.mailbox).toEqual({ operator: 'Kivra' });
    const jobs = ctx.services.documents.jobs;
    expect(await jobs.deliverToMailboxes()).toEqual({ delivered: 0, failed: 0 });
    for (const delay of MAILBOX_RETRY_DELAYS_MS) {
      ctx.clock.advance(delay - 1000);
      expect(await jobs.deliverToMailboxes()).toEqual({ delivered: 0, failed: 0 });
      ctx.clock.advance(1000);
      await jobs.deliverToMailboxes();
    }
    expect(deliveries).toBe(MAILBOX_RETRY_DELAYS_MS.length + 1);
    const staff = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const item = (await staff.get('/api/staff/print-list')).json().items.find((i: { id: string }) => i.id === sent.json().document.id);
    expect(item).toMatchObject({ reason: 'mailbox_failed' });
    const view = (await staff.get(`/api/staff/residents/${jonas}/documents`)).json().documents[0];
    expect(view.delivery).toMatchObject({ mailbox: 'failed', readAt: null });
  });

  it('R-DC-4: when the recipient register cannot be reached, the document still goes to the app and the reason says why', async () => {
    registerDown = true;
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const sent = await maria.post(`/api/staff/residents/${await residentDbId(ctx.database.db, 'jonas')}/documents`, { requestId: randomUUID(), kind: 'referral_confirmation', title: 'Remiss', body: 'Mottagen.' });
    expect(sent.json().document.routing).toEqual({ appRecipients: 1, mailbox: null, printNow: false, reasons: ['app_account', 'mailbox_lookup_failed'] });
  });
});
