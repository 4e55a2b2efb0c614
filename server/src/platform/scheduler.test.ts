import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { healthRoutes } from './health.ts';
import { claimDueRun } from './job-claims.repository.ts';
import { Scheduler } from './scheduler.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

const quiet = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scheduled jobs across processes', () => {
  it('of many claims of one due run, exactly one wins; the next is due only an interval later', async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimDueRun(database.db, 'claim-race', 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimDueRun(database.db, 'claim-race', 60_000)).toBe(false);
    await database.db.execute(sql`update scheduled_jobs set next_run_at = now() - interval '1 second' where name = 'claim-race'`);
    expect(await claimDueRun(database.db, 'claim-race', 60_000)).toBe(true);
  });

  it('three schedulers (as three server processes) run a job once per interval, and stop waits for a run under way', async () => {
    let runs = 0;
    let finished = 0;
    const job = {
      name: 'counted',
      everyMs: 300,
      run: async () => {
        runs += 1;
        await sleep(50);
        finished += 1;
      },
    };
    const schedulers = [new Scheduler(database.db, quiet), new Scheduler(database.db, quiet), new Scheduler(database.db, quiet)];
    for (const s of schedulers) s.start([job]);
    await sleep(1_050);
    await Promise.all(schedulers.map((s) => s.stop()));
    // Ticks at ~300, 600 and 900 ms: three due runs, however many processes asked.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(3);
    expect(finished).toBe(runs);
    const [row] = ((await database.db.execute(sql`select last_finished_at is not null as done, last_failed_at from scheduled_jobs where name = 'counted'`)) as unknown as { rows: { done: boolean; last_failed_at: unknown }[] }).rows;
    expect(row).toEqual({ done: true, last_failed_at: null });
  });

  it('a failing job is recorded as failed and runs again at its next interval', async () => {
    let attempts = 0;
    const failing = {
      name: 'failing',
      everyMs: 200,
      run: async () => {
        attempts += 1;
        throw new Error('gateway down');
      },
    };
    const scheduler = new Scheduler(database.db, quiet);
    scheduler.start([failing]);
    await sleep(700);
    await scheduler.stop();
    expect(attempts).toBeGreaterThanOrEqual(2);
    const [row] = ((await database.db.execute(sql`select last_failed_at is not null as failed, last_finished_at from scheduled_jobs where name = 'failing'`)) as unknown as { rows: { failed: boolean; last_finished_at: unknown }[] }).rows;
    expect(row).toEqual({ failed: true, last_finished_at: null });
  });
});

describe('readiness', () => {
  async function healthApp(draining: boolean) {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(healthRoutes, { db: database.db, ping: async () => undefined, jobs: [{ name: 'print-list', everyMs: 60_000 }], draining: () => draining });
    return app;
  }

  it('a job no process has run for two intervals past due makes the process degraded but still ready', async () => {
    const app = await healthApp(false);
    await database.db.execute(sql`insert into scheduled_jobs (name, next_run_at) values ('print-list', now() - interval '5 minutes')`);
    const res = await app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'degraded', database: 'ok', jobs: 'late', lateJobs: ['print-list'], draining: false });
    await database.db.execute(sql`update scheduled_jobs set next_run_at = now() - interval '30 seconds' where name = 'print-list'`);
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', jobs: 'ok' });
    await app.close();
  });

  it('a stopping process answers 503, so the load balancer sends it nothing new', async () => {
    const app = await healthApp(true);
    const res = await app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', draining: true, database: 'ok' });
    await app.close();
  });
});
