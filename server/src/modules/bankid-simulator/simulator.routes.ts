import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completionData } from './completion-data.ts';
import type { SimOrder, SimulatorStore } from './simulator.store.ts';

/** BankID's error body; its codes are part of the RP API, so the simulator uses the same ones. */
const errorBody = z.object({ errorCode: z.string(), details: z.string() });

class RpApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly details: string,
  ) {
    super(details);
  }
}

const noSuchOrder = () => new RpApiError(400, 'invalidParameters', 'No such order');

const authBody = z.object({
  endUserIp: z.union([z.ipv4(), z.ipv6()]).describe("The user's IP address as seen by the RP"),
  requirement: z
    .object({
      pinCode: z.boolean().optional(),
      mrtd: z.boolean().optional(),
      cardReader: z.enum(['class1', 'class2']).optional(),
      certificatePolicies: z.array(z.string()).optional(),
      personalNumber: z.string().regex(/^\d{12}$/, 'twelve digits').optional(),
    })
    .optional(),
  userVisibleData: z.base64().min(1).max(1500).optional(),
  userNonVisibleData: z.base64().min(1).max(1500).optional(),
  userVisibleDataFormat: z.literal('simpleMarkdownV1').optional(),
});

const authResponse = z.object({
  orderRef: z.string(),
  autoStartToken: z.string(),
  qrStartToken: z.string(),
  qrStartSecret: z.string(),
});

const orderRefBody = z.object({ orderRef: z.string().min(1) });

const completionDataSchema = z.object({
  user: z.object({ personalNumber: z.string(), name: z.string(), givenName: z.string(), surname: z.string() }),
  device: z.object({ ipAddress: z.string(), uhi: z.string() }),
  bankIdIssueDate: z.string(),
  stepUp: z.object({ mrtd: z.boolean() }).optional(),
  signature: z.string().describe('Base64; simulated, not a real XML signature'),
  ocspResponse: z.string(),
});

const collectResponse = z.discriminatedUnion('status', [
  z.object({ orderRef: z.string(), status: z.literal('pending'), hintCode: z.enum(['outstandingTransaction', 'userSign']) }),
  z.object({ orderRef: z.string(), status: z.literal('failed'), hintCode: z.enum(['userCancel', 'cancelled', 'expiredTransaction', 'startFailed']) }),
  z.object({ orderRef: z.string(), status: z.literal('complete'), completionData: completionDataSchema }),
]);

function collectBody(order: SimOrder): z.infer<typeof collectResponse> {
  const { orderRef, state } = order;
  if (state.status === 'pending') return { orderRef, status: 'pending', hintCode: state.hintCode };
  if (state.status === 'failed') return { orderRef, status: 'failed', hintCode: state.hintCode };
  return {
    orderRef,
    status: 'complete',
    completionData: completionData({
      orderRef,
      identity: state.identity,
      deviceIp: state.deviceIp,
      completedAt: state.completedAt,
      requireMrtd: order.requireMrtd,
      userVisibleText: order.userVisibleText,
    }),
  };
}

const tags = ['BankID simulator'];

/** BankID RP API v6 (auth, collect, cancel), answering as BankID does so the real client can talk to it. */
export async function simulatorRoutes(app: FastifyInstance, opts: { store: SimulatorStore }): Promise<void> {
  const { store } = opts;

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RpApiError) return reply.status(error.status).send({ errorCode: error.errorCode, details: error.details });
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const field = issue?.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body';
      return reply.status(400).send({ errorCode: 'invalidParameters', details: `Invalid ${field}` });
    }
    if (error.statusCode === 415) return reply.status(415).send({ errorCode: 'unsupportedMediaType', details: 'Use application/json' });
    if (error.statusCode && error.statusCode < 500) return reply.status(400).send({ errorCode: 'invalidParameters', details: error.message });
    request.log.error({ err: error }, 'BankID simulator failed');
    return reply.status(500).send({ errorCode: 'internalError', details: 'Internal error' });
  });

  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/rp/v6.0/auth',
    {
      schema: {
        tags,
        summary: 'Start an authentication order (BankID RP API v6)',
        body: authBody,
        response: { 200: authResponse, 400: errorBody },
      },
    },
    async (request) => {
      const { endUserIp, requirement, userVisibleData } = request.body;
      const order = store.create({
        endUserIp,
        personalNumber: requirement?.personalNumber,
        mrtd: requirement?.mrtd,
        userVisibleText: userVisibleData && Buffer.from(userVisibleData, 'base64').toString('utf8'),
      });
      if (order === 'alreadyInProgress') throw new RpApiError(400, 'alreadyInProgress', 'Order already in progress for pno');
      return { orderRef: order.orderRef, autoStartToken: order.autoStartToken, qrStartToken: order.qrStartToken, qrStartSecret: order.qrStartSecret };
    },
  );

  api.post(
    '/rp/v6.0/collect',
    {
      schema: {
        tags,
        summary: "Poll an order's status (BankID RP API v6)",
        body: orderRefBody,
        response: { 200: collectResponse, 400: errorBody },
      },
    },
    async (request) => {
      const order = store.byOrderRef(request.body.orderRef);
      if (!order) throw noSuchOrder();
      return collectBody(order);
    },
  );

  api.post(
    '/rp/v6.0/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an order (BankID RP API v6)',
        body: orderRefBody,
        response: { 200: z.object({}), 400: errorBody },
      },
    },
    async (request) => {
      if (!store.cancel(request.body.orderRef)) throw noSuchOrder();
      return {};
    },
  );
}
