import type { FastifyBaseLogger } from 'fastify';

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs jobs at fixed intervals in this process. Each job also has a rule checked on every request,
 * so a job that runs late delays only the closing of live connections, never the refusal.
 */
export class Scheduler {
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly log: FastifyBaseLogger) {}

  start(jobs: ScheduledJob[]): void {
    for (const job of jobs) {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        job
          .run()
          .catch((err: unknown) => this.log.error({ err, job: job.name }, 'scheduled job failed'))
          .finally(() => {
            running = false;
          });
      }, job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  stop(): void {
    for (const t of this.timers.splice(0)) clearInterval(t);
  }
}
