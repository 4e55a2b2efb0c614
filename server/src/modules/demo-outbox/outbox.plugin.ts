import type { FastifyInstance } from 'fastify';
import type { LocalPushOutbox } from '../../adapters/push/local-outbox.adapter.ts';
import type { LocalSmsOutbox } from '../../adapters/sms/local-outbox.adapter.ts';
import { outboxCss, outboxPage } from './outbox.html.ts';

export interface DemoOutboxes {
  sms: LocalSmsOutbox | null;
  push: LocalPushOutbox | null;
}

/**
 * The embedded SMS gateway's and push service's outbox as a page, so a demo shows what residents
 * would have received. Served only in demo mode and only for the embedded adapters; with real
 * gateways configured there is nothing to show.
 */
export async function demoOutboxPlugin(app: FastifyInstance, opts: { outboxes: DemoOutboxes; prefix: string }): Promise<void> {
  const { sms, push } = opts.outboxes;
  const hidden = { schema: { hide: true } };
  app.get('/', hidden, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(outboxPage(opts.prefix, sms ? sms.all() : null, push ? push.all() : null)),
  );
  app.get('/outbox.css', hidden, async (_request, reply) => reply.type('text/css; charset=utf-8').send(outboxCss));
}
