import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serverCommand } from '../../scripts/lib/build-server.mjs';

/**
 * The product server as a child process, the way benchmarks run it: server/src/main.ts on its own
 * port with a raised open-file limit, so the load generator is a separate process as real clients
 * are. Shared by bench/chat.bench.ts and bench/reconnect.bench.ts.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on now (the kernel picks it; closed again before the child binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Child {
  pid: number;
  origin: string;
  /** Sends SIGTERM and waits for the exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
  output(): string;
}

/** Runs a command with a raised open-file limit (the shell `exec`s it, so the pid is the program's). */
export function spawnWithFds(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('sh', ['-c', 'ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"', cmd, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Keeps the last 20 kB of a child's output (for error messages) and gives it a stop that waits for the exit. */
export function track(child: ChildProcess, origin: string, label: string): Child {
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
  let exited = false;
  const gone = new Promise<void>((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  return {
    pid: child.pid!,
    origin,
    output: () => output,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        console.warn(`${label} did not stop in 20 s; killing it`);
        child.kill('SIGKILL');
      }, 20_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Polls /api/health until it answers (90 s at most; then the child is stopped and its output thrown). */
export async function waitHealthy(origin: string, child: Child, label: string): Promise<void> {
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await child.stop();
      throw new Error(`${label} did not become healthy:\n${child.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface ServerOptions {
  /** A TypeScript entry run through tsx instead of the product's bundle (dist/server/main.mjs, built by bench/run.ts). */
  entry?: string;
  /** A fixed port (a restart must come back where the clients are); a free one otherwise. */
  port?: number;
  /** A directory to write the child's CPU profile to (node --cpu-prof), when set. */
  cpuProfDir?: string;
}

/** The product server as a child process, on PostgreSQL (url) or PGlite (dataDir); resolves once healthy. */
export async function startServer(label: string, db: { url: string } | { dataDir: string }, options: ServerOptions = {}): Promise<Child> {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: origin,
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    COOKIE_SECURE: 'false',
    SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    WEB_DIST_DIR: '/nonexistent',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if ('url' in db) env.DATABASE_URL = db.url;
  else env.DATA_DIR = db.dataDir;
  const prof = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const [node, ...bundle] = serverCommand;
  const child = track(spawnWithFds(node, [...prof, ...(options.entry ? ['--import', 'tsx', options.entry] : bundle)], env), origin, label);
  await waitHealthy(origin, child, label);
  return child;
}

export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m![1]) * 1024;
}

/** Raises this process's own open-file limit, for the client sockets (prlimit, when the machine has it). */
export async function raiseOwnFdLimit(): Promise<void> {
  await new Promise<void>((resolve) => {
    const p = spawn('prlimit', ['--pid', String(process.pid), '--nofile=65536:65536'], { stdio: 'ignore' });
    p.once('error', () => resolve());
    p.once('exit', () => resolve());
  });
}
