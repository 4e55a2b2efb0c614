import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actingForRequest,
  addProxyRequest,
  blockGuardiansRequest,
  blockGuardiansResponse,
  createdResponse,
  endProxyRequest,
  representedResponse,
  residentProxiesResponse,
} from '../../../../contracts/proxies.ts';
import { requireResident, requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { ProxiesService } from './proxies.service.ts';

export async function proxiesRoutes(app: FastifyInstance, deps: { proxies: ProxiesService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { proxies } = deps;
  const residentTags = ['Resident: proxies'];
  const staffTags = ['Staff: proxies'];
  const residentParams = z.object({ residentId: z.uuid() });

  r.get('/api/me/represented', { schema: { tags: residentTags, summary: 'People the resident may act for (R-PX-5)', response: { 200: representedResponse, ...errorResponses } } }, async (request) =>
    proxies.representedBy(requireResident(request)),
  );

  r.post('/api/me/acting-for', { schema: { tags: residentTags, summary: 'Act for yourself or for someone you are proxy for', body: actingForRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await proxies.actFor(requireResident(request), request.body.residentId);
    return reply.code(204).send(null);
  });

  r.get('/api/staff/residents/:residentId/proxies', { schema: { tags: staffTags, summary: 'Every proxy of a resident, with kind, basis and state (R-PX-6); logged', params: residentParams, response: { 200: residentProxiesResponse, ...errorResponses } } }, async (request) =>
    proxies.listForStaff(requireStaff(request), request.params.residentId, String(request.id)),
  );

  r.post('/api/staff/residents/:residentId/proxies', { schema: { tags: staffTags, summary: 'Record a special-need guardian, legal or authorised representative (R-PX-2…4)', params: residentParams, body: addProxyRequest, response: { 201: createdResponse, ...errorResponses } } }, async (request, reply) => {
    const id = await proxies.add(requireStaff(request), request.params.residentId, request.body);
    return reply.code(201).send({ id });
  });

  r.post('/api/staff/proxies/:grantId/end', { schema: { tags: staffTags, summary: 'End a recorded proxy at once', params: z.object({ grantId: z.uuid() }), body: endProxyRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await proxies.end(requireStaff(request), request.params.grantId, request.body.reason);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/residents/:residentId/guardian-blocks', { schema: { tags: staffTags, summary: 'Unit manager blocks one or both guardians of a child (R-PX-6)', params: residentParams, body: blockGuardiansRequest, response: { 201: blockGuardiansResponse, ...errorResponses } } }, async (request, reply) => {
    const ids = await proxies.blockGuardians(requireStaff(request), request.params.residentId, request.body.guardianIds, request.body.reason);
    return reply.code(201).send({ ids });
  });

  r.post('/api/staff/guardian-blocks/:blockId/lift', { schema: { tags: staffTags, summary: 'Unit manager lifts a guardian block (R-PX-6)', params: z.object({ blockId: z.uuid() }), body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await proxies.liftGuardianBlock(requireStaff(request), request.params.blockId);
    return reply.code(204).send(null);
  });
}
