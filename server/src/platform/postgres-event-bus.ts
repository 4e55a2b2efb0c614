import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { EventBus } from './event-bus.ts';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; batches are cut below that. */
const MAX_PAYLOAD_BYTES = 7_500;

/**
 * LISTEN/NOTIFY between processes: the events of one turn of the event loop go out as one NOTIFY
 * (ids only), and each process ignores its own. A lost connection is re-established; events
 * missed meanwhile are not replayed, since clients resume from their last sequence number anyway.
 */
export class PostgresEventBus<E> implements EventBus<E> {
  private readonly origin = randomUUID();
  private readonly handlers: ((events: E[]) => void)[] = [];
  private pending: E[] = [];
  private flushing = false;
  /** NOTIFYs go one after another on the one connection (pg refuses, in time, a query while one runs). */
  private sending: Promise<void> = Promise.resolve();
  private client: pg.Client | null = null;
  private closed = false;

  private constructor(
    private readonly connect: () => Promise<pg.Client>,
    private readonly channel: string,
    private readonly log: Pick<FastifyBaseLogger, 'warn'>,
  ) {}

  static async start<E>(url: string, channel: string, log: Pick<FastifyBaseLogger, 'warn'>): Promise<PostgresEventBus<E>> {
    const { default: pgModule } = await import('pg');
    const bus = new PostgresEventBus<E>(
      async () => {
        const client = new pgModule.Client({ connectionString: url });
        await client.connect();
        return client;
      },
      channel,
      log,
    );
    await bus.listen();
    return bus;
  }

  publish(event: E): void {
    this.pending.push(event);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => {
        this.sending = this.sending.then(() => this.flush());
      });
    }
  }

  onRemote(handler: (events: E[]) => void): void {
    this.handlers.push(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = await this.connect();
    client.on('notification', (n) => this.receive(n.payload));
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.query(`listen ${this.channel}`);
    this.client = client;
  }

  private reconnect(lost: pg.Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = null;
    const retry = (delayMs: number) =>
      setTimeout(() => {
        this.listen().catch((err: unknown) => {
          this.log.warn({ err }, 'event bus: reconnect failed');
          retry(Math.min(delayMs * 2, 10_000));
        });
      }, delayMs).unref();
    retry(100);
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    const batch = JSON.parse(payload) as { o: string; e: E[] };
    if (batch.o === this.origin) return;
    for (const handler of this.handlers) handler(batch.e);
  }

  private async flush(): Promise<void> {
    const events = this.pending;
    this.pending = [];
    this.flushing = false;
    const client = this.client;
    if (!client || events.length === 0) return;
    for (const chunk of this.chunks(events)) {
      await client.query('select pg_notify($1, $2)', [this.channel, JSON.stringify({ o: this.origin, e: chunk })]).catch((err: unknown) => this.log.warn({ err }, 'event bus: notify failed'));
    }
  }

  private *chunks(events: E[]): Generator<E[]> {
    let chunk: E[] = [];
    let size = 0;
    for (const e of events) {
      const bytes = Buffer.byteLength(JSON.stringify(e)) + 1;
      if (chunk.length && size + bytes > MAX_PAYLOAD_BYTES) {
        yield chunk;
        chunk = [];
        size = 0;
      }
      chunk.push(e);
      size += bytes;
    }
    if (chunk.length) yield chunk;
  }
}
