import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { regionStatisticsQuery, regionStatisticsResponse } from '../../../../contracts/statistics.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import type { StatisticsService } from './statistics.service.ts';

export async function statisticsRoutes(app: FastifyInstance, deps: { statistics: StatisticsService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/admin/statistics',
    { schema: { tags: ['Administration: statistics'], summary: 'Region statistics by month (R-UN-5)', querystring: regionStatisticsQuery, response: { 200: regionStatisticsResponse, ...errorResponses } } },
    async (request) => deps.statistics.region(requireStaff(request), request.query.months),
  );
}
