import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthResponse = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['ok', 'unavailable']) });

/** Liveness is that the process answers; readiness is that the database answers too. */
export async function healthRoutes(app: FastifyInstance, deps: { ping: () => Promise<void> }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    { schema: { tags: ['Operations'], summary: 'Liveness and database readiness', response: { 200: healthResponse, 503: healthResponse } } },
    async (_request, reply) => {
      try {
        await deps.ping();
        return { status: 'ok' as const, database: 'ok' as const };
      } catch {
        return reply.code(503).send({ status: 'unavailable', database: 'unavailable' });
      }
    },
  );
}
