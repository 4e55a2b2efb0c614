import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chooseUnitRequest, staffMeResponse } from '../../../../contracts/staff.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { SessionService } from '../identity/session.service.ts';
import type { StaffDirectory } from './staff.service.ts';

export async function staffRoutes(app: FastifyInstance, deps: { staffDirectory: StaffDirectory; sessions: SessionService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Staff: workplace'];

  r.get('/api/staff/me', { schema: { tags, summary: 'The signed-in staff member and their units', response: { 200: staffMeResponse, ...errorResponses } } }, async (request) =>
    deps.staffDirectory.me(requireStaff(request)),
  );

  r.post('/api/staff/active-unit', { schema: { tags, summary: 'Choose the unit to work in', body: chooseUnitRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    const principal = requireStaff(request);
    await deps.staffDirectory.assertMayWorkIn(principal.staffId, request.body.unitId);
    await deps.sessions.setActiveUnit(principal.sessionId, request.body.unitId);
    return reply.code(204).send(null);
  });
}
