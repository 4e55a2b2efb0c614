import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessLogResponse, meResponse, myBookingsResponse } from '../../../../contracts/resident.ts';
import { residentOverviewResponse, residentSearchRequest, residentSearchResponse } from '../../../../contracts/staff.ts';
import { requireResident, requireStaff } from '../../platform/auth.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import type { ResidentsService } from './residents.service.ts';

export async function residentsRoutes(app: FastifyInstance, deps: { residents: ResidentsService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { residents } = deps;
  const own = ['Resident: own data'];
  const staffTags = ['Staff: residents'];

  r.get('/api/me', { schema: { tags: own, summary: 'The signed-in resident', response: { 200: meResponse, ...errorResponses } } }, async (request) =>
    residents.me(requireResident(request)),
  );

  r.get('/api/me/bookings', { schema: { tags: own, summary: 'Upcoming and past bookings (R-BK-1, hidden types and protected identity excluded: R-BK-2/3)', response: { 200: myBookingsResponse, ...errorResponses } } }, async (request) =>
    residents.bookingsOf(requireResident(request)),
  );

  r.get('/api/me/access-log', { schema: { tags: own, summary: 'Who has read my data (R-IN-2)', response: { 200: accessLogResponse, ...errorResponses } } }, async (request) =>
    residents.accessLogOf(requireResident(request)),
  );

  r.post('/api/staff/residents/search', { schema: { tags: staffTags, summary: 'Find a resident with a care relation to the active unit; logged (R-IN-2)', body: residentSearchRequest, response: { 200: residentSearchResponse, ...errorResponses } } }, async (request) =>
    residents.searchForStaff(requireStaff(request), request.body.identifier, String(request.id)),
  );

  r.get('/api/staff/residents/:residentId', { schema: { tags: staffTags, summary: 'Resident overview; logged (R-IN-2)', params: z.object({ residentId: z.uuid() }), response: { 200: residentOverviewResponse, ...errorResponses } } }, async (request) =>
    residents.overviewForStaff(requireStaff(request), request.params.residentId, String(request.id)),
  );
}
