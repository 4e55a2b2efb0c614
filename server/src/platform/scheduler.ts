import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.ts';
import { claimDueRun, recordRunEnd } from './job-claims.repository.ts';
import type { Metrics } from './metrics.ts';

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs jobs at fixed intervals. Every process asks at each interval; only the one that claims the
 * due run in the database runs it, so several processes run each job once per interval. Each job
 * also has a rule checked on every request, so a job that runs late delays only the closing of live
 * connections or a notice, never a refusal.
 */
export class Scheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly metrics?: Metrics,
  ) {}

  start(jobs: readonly ScheduledJob[]): void {
    for (const job of jobs) {
      const timer = setInterval(() => this.tick(job), job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  private tick(job: ScheduledJob): void {
    if (this.running.has(job.name)) return;
    const run = this.runIfClaimed(job).finally(() => this.running.delete(job.name));
    this.running.set(job.name, run);
  }

  private async runIfClaimed(job: ScheduledJob): Promise<void> {
    try {
      if (!(await claimDueRun(this.db, job.name, job.everyMs))) return;
    } catch (err) {
      this.log.warn({ err, job: job.name }, 'could not claim a scheduled job');
      return;
    }
    let ok = true;
    const started = performance.now();
    try {
      await job.run();
    } catch (err) {
      ok = false;
      this.log.error({ err, job: job.name }, 'scheduled job failed');
    }
    this.metrics?.jobRan(job.name, ok, (performance.now() - started) / 1000);
    await recordRunEnd(this.db, job.name, ok).catch((err: unknown) => this.log.warn({ err, job: job.name }, 'could not record a job run'));
  }

  /** Starts no new runs and waits for those under way, so a stopping process leaves no half-done job. */
  async stop(): Promise<void> {
    for (const t of this.timers.splice(0)) clearInterval(t);
    await Promise.all(this.running.values());
  }
}
