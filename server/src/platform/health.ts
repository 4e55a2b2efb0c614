import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { lateJobs } from './job-claims.repository.ts';

const readiness = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  database: z.enum(['ok', 'unavailable']),
  /** Scheduled jobs no process has run for two intervals past due (print list, reminders, …). */
  jobs: z.enum(['ok', 'late', 'unknown']),
  lateJobs: z.array(z.string()),
  /** The process is stopping: it finishes what it holds and takes nothing new. */
  draining: z.boolean(),
});
const liveness = z.object({ status: z.literal('ok') });

export interface HealthDeps {
  db: Db;
  ping: () => Promise<void>;
  jobs: readonly { name: string; everyMs: number }[];
  draining: () => boolean;
}

/**
 * Liveness: the process answers (restart it if not). Readiness: send it traffic only while it can
 * reach the database and is not stopping; late jobs make it `degraded` but still ready, since
 * taking this process out of rotation would not run them.
 */
export async function healthRoutes(app: FastifyInstance, deps: HealthDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/api/health/live', { schema: { tags: ['Operations'], summary: 'Liveness: the process answers', response: { 200: liveness } } }, async () => ({ status: 'ok' as const }));

  api.get(
    '/api/health',
    { schema: { tags: ['Operations'], summary: 'Readiness: the database answers, jobs run, the process is not stopping', response: { 200: readiness, 503: readiness } } },
    async (_request, reply) => {
      const draining = deps.draining();
      const database = await deps.ping().then(
        () => 'ok' as const,
        () => 'unavailable' as const,
      );
      const late = database === 'ok' ? await lateJobs(deps.db, deps.jobs).catch(() => null) : null;
      const jobs = late === null ? ('unknown' as const) : late.length ? ('late' as const) : ('ok' as const);
      const status = draining || database === 'unavailable' ? 'unavailable' : jobs === 'ok' ? 'ok' : 'degraded';
      return reply.code(status === 'unavailable' ? 503 : 200).send({ status, database, jobs, lateJobs: late ?? [], draining });
    },
  );
}
