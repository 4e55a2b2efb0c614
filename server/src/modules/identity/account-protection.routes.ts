import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { blockAccountRequest, unregisterRequest } from '../../../../contracts/proxies.ts';
import { requireResident, requireStaff } from '../../platform/auth.ts';
import { type CookieSettings, SESSION_COOKIE, sessionCookie } from '../../platform/cookies.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { AccountProtectionService } from './account-protection.service.ts';

export async function accountProtectionRoutes(app: FastifyInstance, deps: { protection: AccountProtectionService; cookies: CookieSettings }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ residentId: z.uuid() });

  r.post('/api/me/unregister', { schema: { tags: ['Resident: own data'], summary: 'Unregister your account, optionally blocking it (R-ID-6)', body: unregisterRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await deps.protection.unregister(requireResident(request), request.body.block);
    reply.clearCookie(SESSION_COOKIE, sessionCookie(deps.cookies));
    return reply.code(204).send(null);
  });

  r.post('/api/staff/residents/:residentId/block', { schema: { tags: ['Staff: residents'], summary: 'Block a resident’s account with a reason (R-ID-5)', params, body: blockAccountRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await deps.protection.blockByStaff(requireStaff(request), request.params.residentId, request.body.reason);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/residents/:residentId/unblock', { schema: { tags: ['Staff: residents'], summary: 'Lift a block; only care can (R-ID-6)', params, body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await deps.protection.unblockByStaff(requireStaff(request), request.params.residentId);
    return reply.code(204).send(null);
  });
}
