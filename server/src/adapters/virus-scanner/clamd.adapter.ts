import { connect, type NetConnectOpts } from 'node:net';
import type { ScanVerdict, VirusScannerPort } from './virus-scanner.port.ts';

export interface ClamdOptions {
  /** clamd's LocalSocket; used when given, otherwise host and port (its TCPSocket). */
  socketPath?: string;
  host?: string;
  port?: number;
  /** For the whole exchange: connecting, sending the file and waiting for the verdict. */
  timeoutMs: number;
}

const CHUNK_BYTES = 64 * 1024;
/** Verdicts are one short line; anything longer is not clamd speaking. */
const MAX_REPLY_BYTES = 1024;

/**
 * ClamAV's daemon over its INSTREAM command: the file is sent in length-prefixed chunks, so clamd needs
 * no access to our disk. The `z` form of the command makes clamd end its reply with a NUL byte, which
 * tells a complete verdict from a cut connection.
 */
export class ClamdScanner implements VirusScannerPort {
  private readonly target: NetConnectOpts;

  constructor(private readonly options: ClamdOptions) {
    if (options.socketPath) this.target = { path: options.socketPath };
    else if (options.host && options.port) this.target = { host: options.host, port: options.port };
    else throw new Error('clamd needs a socketPath, or a host and a port');
  }

  async scan(bytes: Uint8Array): Promise<ScanVerdict> {
    return parseVerdict(await this.instream(bytes));
  }

  private instream(bytes: Uint8Array): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.target);
      const received: Buffer[] = [];
      let receivedBytes = 0;
      let failure: Error | undefined;
      const timer = setTimeout(() => socket.destroy(new Error(`clamd did not answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);

      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        for (let start = 0; start < bytes.byteLength; start += CHUNK_BYTES) {
          const chunk = bytes.subarray(start, start + CHUNK_BYTES);
          socket.write(lengthPrefix(chunk.byteLength));
          socket.write(chunk);
        }
        socket.write(lengthPrefix(0));
      });
      socket.on('data', (data: Buffer) => {
        received.push(data);
        receivedBytes += data.byteLength;
        if (receivedBytes > MAX_REPLY_BYTES) socket.destroy(new Error('clamd sent an over-long reply'));
        else if (data.includes(0)) socket.destroy();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        // clamd answers a stream over its StreamMaxLength and hangs up at once; when our next write meets
        // the closed socket first, Node drops the unread answer, so say what the hang-up means.
        const hungUp = error.code === 'EPIPE' || error.code === 'ECONNRESET';
        failure ??= hungUp ? new Error('clamd closed the connection before the whole file was sent (it does so for files over its StreamMaxLength)', { cause: error }) : error;
      });
      // Settled only on close: clamd may answer (e.g. with a size-limit error) and hang up while we are
      // still writing, and then its answer is worth more than our write error.
      socket.on('close', () => {
        clearTimeout(timer);
        const reply = Buffer.concat(received).toString('utf8');
        if (reply.endsWith('\0') && receivedBytes <= MAX_REPLY_BYTES) resolve(reply.slice(0, -1));
        else reject(failure ?? new Error('clamd closed the connection without a verdict'));
      });
    });
  }
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(length);
  return prefix;
}

function parseVerdict(reply: string): ScanVerdict {
  if (reply === 'stream: OK') return { clean: true };
  const found = /^stream: (\S+) FOUND$/.exec(reply);
  if (found?.[1]) return { clean: false, signature: found[1] };
  throw new Error(`clamd could not scan the file: ${JSON.stringify(reply)}`);
}
