import { type ChildProcess, spawn } from 'node:child_process';
import { testLogFile } from './test-log.ts';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serverCommand } from '../../../scripts/lib/build-server.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A free TCP port on the loopback interface, to start a server on and restart it on again. It is
 * chosen below the ephemeral range, so that while the server is down no outgoing connection or
 * listen(0) elsewhere on the machine is likely to be given it.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export interface ExitRecord {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the test killed it; any other exit is a crash of the server itself. */
  killed: boolean;
  outputTail: string;
}

/**
 * The real server (the bundle of server/src/main.ts that `npm start` runs, built by the test run's global
 * set-up) as a child process on a fixed port, so it
 * can be killed with SIGKILL and started again on the same port and database, as a crash and a
 * restart by the process supervisor would.
 */
export class ServerProcess {
  readonly url: string;
  starts = 0;
  kills = 0;
  readonly exits: ExitRecord[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private output = '';
  private killing = false;
  private readonly unexpectedExitListeners = new Set<(exit: ExitRecord) => void>();

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Calls `listener` when the server exits without having been killed by us. */
  onUnexpectedExit(listener: (exit: ExitRecord) => void): void {
    this.unexpectedExitListeners.add(listener);
  }

  /** Starts the server and resolves once it is ready (/api/health answers 200). */
  async start(timeoutMs = 30_000): Promise<void> {
    if (this.child) throw new Error('server already running');
    const logFile = testLogFile(`server-${this.port}`);
    const [node, ...args] = serverCommand;
    const child = spawn(node, args, {
      cwd: repoRoot,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(this.port), PUBLIC_URL: this.url, COOKIE_SECURE: 'false', LOG_LEVEL: logFile ? 'info' : 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (logFile) {
      child.stdout?.on('data', (chunk: Buffer) => logFile.write(chunk));
      child.stderr?.on('data', (chunk: Buffer) => logFile.write(chunk));
    }
    this.child = child;
    this.starts++;
    this.killing = false;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-8_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        const record: ExitRecord = { code, signal, killed: this.killing, outputTail: this.output.slice(-3_000) };
        this.exits.push(record);
        if (this.child === child) this.child = null;
        if (!record.killed) for (const l of this.unexpectedExitListeners) l(record);
        resolve();
      });
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child !== child) throw new Error(`server exited while starting:\n${this.output.slice(-3_000)}`);
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(1_000) });
        // Ready (200) includes 'degraded': jobs late after many restarts do not stop it serving.
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server not healthy within ${timeoutMs} ms:\n${this.output.slice(-3_000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** kill -9: no shutdown hooks, no closing of sockets or transactions by the server. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.killing = true;
    this.kills++;
    child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, as a supervisor or orchestrator stops a process: it drains and closes by itself. */
  async terminate(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.killing = true;
    child.kill('SIGTERM');
    await this.exited;
  }

  /** Ends the server however it is doing; for cleanup. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.killing = true;
    child.kill('SIGKILL');
    await this.exited;
  }

  get outputTail(): string {
    return this.output.slice(-3_000);
  }
}
