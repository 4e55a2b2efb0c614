import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pushKeyResponse, pushSubscriptionRequest, pushUnsubscribeRequest } from '../../../../contracts/messaging.ts';
import { requireResident } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { PushSubscriptions } from './push-subscriptions.service.ts';

/** The resident's browsers subscribe to Web Push for "you have a new message" (R-ID-2 consent). */
export async function pushRoutes(app: FastifyInstance, deps: { subscriptions: PushSubscriptions }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { subscriptions } = deps;
  const tags = ['Resident: notifications'];

  r.get('/api/push/key', { schema: { tags, summary: 'The VAPID public key to subscribe with', response: { 200: pushKeyResponse, ...errorResponses } } }, async (request) => {
    requireResident(request);
    return { publicKey: await subscriptions.publicKey() };
  });

  r.post('/api/push/subscriptions', { schema: { tags, summary: 'Save this browser’s push subscription', body: pushSubscriptionRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await subscriptions.save(requireResident(request), request.body);
    return reply.code(204).send(null);
  });

  r.delete('/api/push/subscriptions', { schema: { tags, summary: 'Stop push to this browser', body: pushUnsubscribeRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await subscriptions.remove(requireResident(request), request.body.endpoint);
    return reply.code(204).send(null);
  });
}
