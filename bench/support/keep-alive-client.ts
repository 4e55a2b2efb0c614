import net from 'node:net';

export interface HttpAnswer {
  status: number;
  body: string;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * One kept-alive HTTP/1.1 connection that sends a request at a time, as a load generator does (wrk,
 * autocannon). On two shared cores the residents' side competes with the server for the CPU:
 * node:http's client took ~150 µs of it per request, this one a fraction, so more of the machine
 * goes to what is measured. It reads answers with a Content-Length only, which is what the API sends.
 */
export class KeepAliveConnection {
  private pending: { resolve: (answer: HttpAnswer) => void; reject: (error: Error) => void } | null = null;
  private received: Buffer = Buffer.alloc(0);

  private constructor(private readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.received = this.received.length ? Buffer.concat([this.received, chunk]) : chunk;
      this.answerIfComplete();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  static open(origin: URL): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(origin.port), origin.hostname, () => resolve(new KeepAliveConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** `headers` are whole header lines, each ending in \r\n. */
  request(method: string, path: string, headers: string, body?: string): Promise<HttpAnswer> {
    if (this.pending) return Promise.reject(new Error('one request at a time'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      const length = body === undefined ? '' : `content-length: ${Buffer.byteLength(body)}\r\n`;
      this.socket.write(`${method} ${path} HTTP/1.1\r\nhost: bench\r\n${headers}${length}\r\n${body ?? ''}`);
    });
  }

  close(): void {
    this.pending = null;
    this.socket.destroy();
  }

  private answerIfComplete(): void {
    const end = this.received.indexOf(HEADER_END);
    if (end < 0 || !this.pending) return;
    const head = this.received.toString('latin1', 0, end);
    const lengthMatch = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!lengthMatch) return this.fail(new Error(`an answer without content-length: ${head.split('\r\n')[0]}`));
    const bodyStart = end + HEADER_END.length;
    const bodyEnd = bodyStart + Number(lengthMatch[1]);
    if (this.received.length < bodyEnd) return;
    const answer = { status: Number(head.slice(9, 12)), body: this.received.toString('utf8', bodyStart, bodyEnd) };
    this.received = this.received.subarray(bodyEnd);
    const { resolve } = this.pending;
    this.pending = null;
    resolve(answer);
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
}
