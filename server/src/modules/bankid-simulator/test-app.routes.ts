import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { QrVerification } from '../../adapters/bankid/bankid-qr.ts';
import type { DemoIdentity } from '../../seed/demo-people.ts';
import { sameOriginRedirect } from './same-origin-redirect.ts';
import type { SimOrder, SimulatorStore } from './simulator.store.ts';
import { testAppCss } from './test-app.css.ts';
import { donePage, errorPage, orderPage, startPage } from './test-app.html.ts';

export interface TestAppOptions {
  store: SimulatorStore;
  identities: DemoIdentity[];
  publicUrl: string;
}

const tags = ['BankID simulator'];
const htmlPage = { description: 'HTML page', content: { 'text/html': { schema: z.string() } } };
const htmlResponses = { 200: htmlPage, 400: htmlPage, 404: htmlPage, 409: htmlPage };
const consumes = ['application/x-www-form-urlencoded'];

const qrMessages: Record<Extract<QrVerification, { ok: false }>['reason'], string> = {
  malformed: 'Det ser inte ut som innehållet i en BankID-QR-kod. Det börjar med ”bankid.” och har fyra delar åtskilda av punkter.',
  unknownToken: 'Ingen pågående order har den här QR-koden. Ordern kan ha gått ut eller avbrutits.',
  wrongCode: 'QR-koden stämmer inte. Kopiera hela koden igen.',
  stale: 'QR-koden är för gammal. Koden byts varje sekund – kopiera den senaste och försök igen.',
  future: 'QR-kodens tid stämmer inte med orderns. Kopiera den senaste koden och försök igen.',
};

const endedMessages: Record<string, string> = {
  complete: 'Ordern är redan godkänd.',
  userCancel: 'Ordern är redan avbruten.',
  startFailed: 'Ordern har redan misslyckats (appen kunde inte starta).',
  cancelled: 'Tjänsten har avbrutit ordern.',
  expiredTransaction: 'Ordern har gått ut: den besvarades inte inom tre minuter.',
};

const endedMessage = (order: SimOrder) =>
  endedMessages[order.state.status === 'failed' ? order.state.hintCode : order.state.status] ?? 'Ordern är redan avslutad.';

const answerBody = z.object({
  ref: z.uuid(),
  redirect: z.string().max(2048).optional(),
});

/**
 * The Test-BankID app: stands in for the user's phone. Same-device flow: the service links here with
 * the autostart token; other-device flow: the tester pastes the QR code's content.
 */
export async function testAppRoutes(app: FastifyInstance, opts: TestAppOptions): Promise<void> {
  const { store, identities, publicUrl } = opts;
  const basePath = app.prefix;

  // Plain HTML forms post urlencoded; parsed here so the rest of the server keeps accepting only what it chose to.
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
  }

  const html = (reply: FastifyReply, status: number, page: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      return html(reply, error.statusCode, errorPage({ basePath, title: 'Begäran kunde inte läsas', message: 'Formuläret saknade uppgifter eller hade fel format. Börja om från tjänsten.' }));
    }
    request.log.error({ err: error }, 'BankID test app failed');
    return html(reply, 500, errorPage({ basePath, title: 'Något gick fel', message: 'Test-BankID kunde inte visa sidan. Försök igen.' }));
  });

  const visibleIdentities = (order: SimOrder) =>
    order.requiredPersonalNumber ? identities.filter((i) => i.personalNumber === order.requiredPersonalNumber) : identities;

  const showOrder = (reply: FastifyReply, status: number, order: SimOrder, redirect?: string, error?: string) =>
    html(
      reply,
      status,
      orderPage({
        basePath,
        appRef: order.appRef,
        redirect,
        identities: visibleIdentities(order),
        requiredPersonalNumber: order.requiredPersonalNumber,
        userVisibleText: order.userVisibleText,
        error,
      }),
    );

  const noOrder = (reply: FastifyReply) =>
    html(reply, 404, errorPage({ basePath, title: 'Ordern finns inte', message: 'Ordern finns inte längre. Den kan ha gått ut eller avbrutits av tjänsten. Börja om från tjänsten.' }));
  const ended = (reply: FastifyReply, order: SimOrder) =>
    html(reply, 409, errorPage({ basePath, title: 'Ordern är avslutad', message: endedMessage(order) }));

  /** After the user has answered: back to the service on this device, or tell them to go back themselves. */
  const finish = (reply: FastifyReply, redirect: string | undefined, message: string) => {
    const target = sameOriginRedirect(redirect, publicUrl);
    return target ? reply.redirect(target, 303) : html(reply, 200, donePage({ basePath, message }));
  };

  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/app.css', { schema: { tags, summary: 'Test-BankID app stylesheet', hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(testAppCss),
  );

  api.get(
    '/app',
    {
      schema: {
        tags,
        summary: 'Test-BankID app: start page, or the order given by autostarttoken (same-device flow)',
        querystring: z.object({ autostarttoken: z.string().max(100).optional(), redirect: z.string().max(2048).optional() }),
        response: htmlResponses,
      },
    },
    async (request, reply) => {
      const { autostarttoken, redirect } = request.query;
      if (!autostarttoken) return html(reply, 200, startPage({ basePath }));
      const order = store.byAutoStartToken(autostarttoken);
      if (!order) return noOrder(reply);
      // Launching the app with the token is what makes BankID report the order as picked up.
      if (!store.open(order)) return ended(reply, order);
      return showOrder(reply, 200, order, redirect);
    },
  );

  api.post(
    '/app/open',
    {
      schema: {
        tags,
        summary: "Test-BankID app: open an order by the QR code's content (other-device flow)",
        consumes,
        body: z.object({ qrData: z.string().max(500).default('') }),
        response: htmlResponses,
      },
    },
    async (request, reply) => {
      const qrData = request.body.qrData.trim();
      const found = store.byQrData(qrData);
      if (!found.ok) return html(reply, 400, startPage({ basePath, qrData, error: qrMessages[found.reason] }));
      if (!store.open(found.order)) return ended(reply, found.order);
      return showOrder(reply, 200, found.order);
    },
  );

  api.post(
    '/app/approve',
    {
      schema: {
        tags,
        summary: 'Test-BankID app: identify as the chosen demo person',
        consumes,
        body: answerBody.extend({ personalNumber: z.string().max(20).optional() }),
        response: htmlResponses,
      },
    },
    async (request, reply) => {
      const { ref, redirect, personalNumber } = request.body;
      const order = store.byAppRef(ref);
      if (!order) return noOrder(reply);
      const identity = visibleIdentities(order).find((i) => i.personalNumber === personalNumber);
      if (!identity) {
        return order.state.status === 'pending' ? showOrder(reply, 400, order, redirect, 'Välj vem du legitimerar dig som.') : ended(reply, order);
      }
      if (!store.complete(order, identity, request.ip)) return ended(reply, order);
      return finish(reply, redirect, `Du har legitimerat dig som ${identity.givenName} ${identity.surname}.`);
    },
  );

  api.post(
    '/app/cancel',
    { schema: { tags, summary: 'Test-BankID app: the user cancels (userCancel)', consumes, body: answerBody, response: htmlResponses } },
    async (request, reply) => {
      const order = store.byAppRef(request.body.ref);
      if (!order) return noOrder(reply);
      if (!store.fail(order, 'userCancel')) return ended(reply, order);
      return finish(reply, request.body.redirect, 'Du avbröt legitimeringen.');
    },
  );

  api.post(
    '/app/start-failed',
    { schema: { tags, summary: 'Test-BankID app: simulate that the app could not start (startFailed)', consumes, body: answerBody, response: htmlResponses } },
    async (request, reply) => {
      const order = store.byAppRef(request.body.ref);
      if (!order) return noOrder(reply);
      if (!store.fail(order, 'startFailed')) return ended(reply, order);
      return finish(reply, request.body.redirect, 'Appen låtsades att den inte kunde starta.');
    },
  );
}
