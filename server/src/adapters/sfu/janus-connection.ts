import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { z } from 'zod';

/** Janus's answer to a request: success or an error, with the plugin's data and a JSEP when there is one. */
const janusReply = z.looseObject({
  janus: z.string(),
  transaction: z.string().optional(),
  session_id: z.number().optional(),
  sender: z.number().optional(),
  data: z.looseObject({ id: z.number().optional() }).optional(),
  error: z.object({ code: z.number(), reason: z.string() }).optional(),
  plugindata: z.object({ plugin: z.string(), data: z.record(z.string(), z.unknown()) }).optional(),
  jsep: z.object({ type: z.string(), sdp: z.string() }).optional(),
});
export type JanusReply = z.infer<typeof janusReply>;

export class JanusError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  resolve: (reply: JanusReply) => void;
  reject: (err: Error) => void;
  /** Plugin messages are acknowledged first and answered later by an event with the same transaction. */
  waitForEvent: boolean;
  timer: NodeJS.Timeout;
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * One WebSocket to Janus (subprotocol `janus-protocol`), with request/response by transaction. Every
 * reply is parsed before use; the API secret, when set, goes with each request.
 */
export class JanusConnection {
  private readonly pending = new Map<string, Pending>();
  private readonly eventHandlers = new Map<number, (reply: JanusReply) => void>();
  private closed = false;

  private constructor(
    private readonly socket: WebSocket,
    private readonly apiSecret: string | undefined,
  ) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => this.fail(new Error('Janus connection closed')));
    socket.on('error', () => undefined);
  }

  static async open(url: string, apiSecret: string | undefined, timeoutMs = 5000): Promise<JanusConnection> {
    const socket = new WebSocket(url, 'janus-protocol');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Janus did not answer at ${url}`)), timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
    return new JanusConnection(socket, apiSecret);
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends a request and resolves with its success reply, or, for plugin messages, with the event that answers it. */
  request(body: Record<string, unknown>, waitForEvent = false): Promise<JanusReply> {
    if (!this.isOpen) return Promise.reject(new Error('Janus connection closed'));
    const transaction = randomUUID();
    return new Promise<JanusReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(transaction);
        reject(new Error(`Janus did not answer ${String(body.janus)} in time`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(transaction, { resolve, reject, waitForEvent, timer });
      this.socket.send(JSON.stringify({ ...body, transaction, ...(this.apiSecret ? { apisecret: this.apiSecret } : {}) }));
    });
  }

  /** Events Janus sends on its own for a handle (hangup, media, a new offer). */
  onHandleEvent(handleId: number, handler: (reply: JanusReply) => void): void {
    this.eventHandlers.set(handleId, handler);
  }

  forgetHandle(handleId: number): void {
    this.eventHandlers.delete(handleId);
  }

  close(): void {
    this.closed = true;
    this.socket.close();
    this.fail(new Error('Janus connection closed'));
  }

  private receive(text: string): void {
    let parsed: JanusReply;
    try {
      const result = janusReply.safeParse(JSON.parse(text));
      if (!result.success) return;
      parsed = result.data;
    } catch {
      return;
    }
    const pending = parsed.transaction ? this.pending.get(parsed.transaction) : undefined;
    if (pending && !(pending.waitForEvent && parsed.janus === 'ack')) {
      this.pending.delete(parsed.transaction!);
      clearTimeout(pending.timer);
      const pluginError = parsed.plugindata?.data.error;
      if (parsed.janus === 'error' && parsed.error) pending.reject(new JanusError(parsed.error.code, parsed.error.reason));
      else if (typeof pluginError === 'string') pending.reject(new JanusError(Number(parsed.plugindata?.data.error_code ?? 0), pluginError));
      else pending.resolve(parsed);
      return;
    }
    if (!pending && parsed.sender !== undefined) this.eventHandlers.get(parsed.sender)?.(parsed);
  }

  private fail(err: Error): void {
    this.closed = true;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(err);
      this.pending.delete(id);
    }
  }
}
