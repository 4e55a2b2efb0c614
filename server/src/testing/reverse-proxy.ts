import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const exampleConfig = fileURLToPath(new URL('../../../deploy/nginx.conf', import.meta.url));

/**
 * nginx (Debian's) in front of server processes, with the project's example configuration
 * (deploy/nginx.conf) and its ports replaced by the ones given.
 */
export class ReverseProxy {
  private child: ChildProcess | null = null;
  private readonly folder = mkdtempSync(join(tmpdir(), 'vk-nginx-'));
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly upstreamPorts: readonly [number, number],
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const config = readFileSync(exampleConfig, 'utf8')
      .replace('listen 127.0.0.1:3100;', `listen 127.0.0.1:${this.port};`)
      .replace('server 127.0.0.1:3101 ', `server 127.0.0.1:${this.upstreamPorts[0]} `)
      .replace('server 127.0.0.1:3102 ', `server 127.0.0.1:${this.upstreamPorts[1]} `)
      .replace('proxy_pass http://127.0.0.1:3101;', `proxy_pass http://127.0.0.1:${this.upstreamPorts[0]};`);
    const file = join(this.folder, 'nginx.conf');
    writeFileSync(file, config);
    let output = '';
    const child = spawn('nginx', ['-p', this.folder, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (c: Buffer) => void (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => void (output += c.toString()));
    this.child = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
      try {
        await fetch(`${this.url}/`, { signal: AbortSignal.timeout(500) });
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`nginx did not listen on ${this.port}: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
