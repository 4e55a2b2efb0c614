import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { myCareUnitsResponse, residentCareUnit } from '../../../../contracts/units.ts';
import { requireResident } from '../../platform/auth.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import type { UnitOffers } from './unit-offers.service.ts';

export async function careUnitsRoutes(app: FastifyInstance, deps: { offers: UnitOffers }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Resident: care units'];

  r.get('/api/me/care-units', { schema: { tags, summary: 'Units the person acted for may contact, and what they may start there (R-UN-2, R-MS-10)', response: { 200: myCareUnitsResponse, ...errorResponses } } }, async (request) =>
    deps.offers.careUnitsOf(requireResident(request)),
  );

  r.get(
    '/api/me/care-units/:unitId',
    { schema: { tags, summary: 'One unit and what the person may start there; refused for a centre they are not listed at (R-MS-10)', params: z.object({ unitId: z.uuid() }), response: { 200: residentCareUnit, ...errorResponses } } },
    async (request) => deps.offers.careUnitOf(requireResident(request), request.params.unitId),
  );
}
