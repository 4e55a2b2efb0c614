import type { FastifyInstance } from 'fastify';
import type { LocalMailbox } from '../../adapters/mailbox/local-mailbox.adapter.ts';
import { outboxCss } from '../demo-outbox/outbox.html.ts';
import { mailboxPage } from './mailbox.html.ts';

/**
 * R-DC-4: the embedded mailbox service's inboxes as a page, so a demo shows what reached residents'
 * Kivra, Min Myndighetspost or Billo. Demo mode only, and only with the embedded service.
 */
export async function demoMailboxPlugin(app: FastifyInstance, opts: { mailbox: LocalMailbox; prefix: string }): Promise<void> {
  const hidden = { schema: { hide: true } };
  app.get('/', hidden, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(mailboxPage(opts.prefix, opts.mailbox.all())));
  // The outbox's styles, with the table scrolling inside the page on a phone.
  const css = `${outboxCss}\nmain{overflow-x:auto}`;
  app.get('/mailbox.css', hidden, async (_request, reply) => reply.type('text/css; charset=utf-8').send(css));
  app.get<{ Params: { transId: string; index: string } }>('/:transId/:index', hidden, async (request, reply) => {
    const file = opts.mailbox.byTransId(request.params.transId)?.delivery.message.attachments[Number.parseInt(request.params.index, 10)];
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Finns inte');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(Buffer.from(file.body));
  });
}
