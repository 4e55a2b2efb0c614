import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { constantTimeEquals } from './tokens.ts';

/** How much waits in a queue and since when the oldest item (null when it is empty). */
export interface QueueDepth {
  count: number;
  oldest: Date | null;
}

/** What the service reports beside HTTP: queues read from the database (shared by every process) and this process's own figures. */
export interface OperationalSources {
  /** Open live connections of this process. */
  connections: () => number;
  /** Residents waiting for care in open conversations (R-MS-12). */
  careWaiting: () => Promise<QueueDepth>;
  /** Residents' messages no one in care has read, in open conversations. */
  careUnread: () => Promise<QueueDepth>;
  /** Care's messages residents have not read. */
  residentsUnread: () => Promise<QueueDepth>;
  /** Documents waiting on the print list (R-DC-6/9). */
  printList: () => Promise<QueueDepth>;
  /** Video meetings under way. */
  videoMeetings: () => Promise<number>;
}

/** Database-backed figures are read at most this often, however often Prometheus scrapes. */
const QUEUE_READ_INTERVAL_MS = 15_000;

/**
 * Prometheus metrics; one registry per process, made in main (or per app in tests) so several apps
 * in one process do not collide. The scheduler and the chat delivery report into it too.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly jobRuns = new Counter({ name: 'scheduled_job_runs_total', help: 'Scheduled job runs in this process, by job and outcome', labelNames: ['job', 'outcome'], registers: [this.registry] });
  readonly jobDuration = new Histogram({
    name: 'scheduled_job_duration_seconds',
    help: 'Duration of scheduled job runs in this process',
    labelNames: ['job'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers: [this.registry],
  });

  /** From a message's commit to its frame on a follower's live connection (live delivery only, not a resume). */
  readonly chatDelivery = new Histogram({
    name: 'chat_delivery_seconds',
    help: 'Time from a chat message committed to its delivery on a live connection of this process',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** Frames a live connection sent over its budget (platform/socket-frames.ts). */
  readonly websocketFramesRefused = new Counter({ name: 'websocket_frames_refused_total', help: 'WebSocket frames refused for being over their connection’s rate', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Reports a run of a scheduled job. */
  jobRan(job: string, ok: boolean, seconds: number): void {
    this.jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
    this.jobDuration.observe({ job }, seconds);
  }

  /** Gauges for the live connections and the queues, read when scraped. */
  watch(sources: OperationalSources, now: () => Date): void {
    const registers = [this.registry];
    new Gauge({ name: 'websocket_connections', help: 'Open live connections (WebSocket) of this process', registers, collect() {
      this.set(sources.connections());
    } });
    const cached = <T>(read: () => Promise<T>) => {
      let at = 0;
      let value: Promise<T> | null = null;
      return () => {
        if (!value || Date.now() - at > QUEUE_READ_INTERVAL_MS) {
          at = Date.now();
          value = read().catch((err: unknown) => {
            value = null;
            throw err;
          });
        }
        return value;
      };
    };
    const queue = (name: string, what: string, read: () => Promise<QueueDepth>) => {
      const depth = cached(read);
      new Gauge({ name: `${name}_depth`, help: `${what}: how many wait`, registers, async collect() {
        this.set((await depth()).count);
      } });
      new Gauge({ name: `${name}_oldest_seconds`, help: `${what}: how long the oldest has waited (0 when none)`, registers, async collect() {
        const { oldest } = await depth();
        this.set(oldest ? Math.max(0, (now().getTime() - oldest.getTime()) / 1000) : 0);
      } });
    };
    queue('care_waiting_conversations', 'Open conversations where the resident waits for care', sources.careWaiting);
    queue('care_unread_messages', "Residents' messages in open conversations that no one in care has read", sources.careUnread);
    queue('resident_unread_messages', "Care's messages that residents have not read", sources.residentsUnread);
    queue('print_list_documents', 'Documents on the print list', sources.printList);
    const meetings = cached(sources.videoMeetings);
    new Gauge({ name: 'video_meetings_in_progress', help: 'Video meetings under way', registers, async collect() {
      this.set(await meetings());
    } });
  }
}

/** Loopback callers, or anyone with METRICS_TOKEN as bearer token when one is configured. */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    return constantTimeEquals(given, token);
  }
  return request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
}

/** HTTP metrics per route pattern, and /metrics for the scraper (not for the public: it says how busy the service is). */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [metrics.registry] });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, so ids never become label values.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, token)) return reply.code(404).type('text/plain').send('Not found');
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
