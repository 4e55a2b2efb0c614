import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClamdScanner } from './clamd.adapter.ts';
import { EICAR_TEST_FILE } from './eicar.ts';
import { LocalVirusScanner } from './local.adapter.ts';
import type { VirusScannerPort } from './virus-scanner.port.ts';

const CLAMD = '/usr/sbin/clamd';

function contract(scanner: () => VirusScannerPort) {
  it('a clean file is clean', async () => {
    expect(await scanner().scan(new TextEncoder().encode('Hej! Här är ett foto av utslaget.'))).toEqual({ clean: true });
  });

  it('the EICAR test file is found', async () => {
    expect(await scanner().scan(EICAR_TEST_FILE)).toEqual({ clean: false, signature: expect.stringMatching(/^Eicar-Test-Signature/) });
  });

  it('a 3 MB clean file streams through', async () => {
    expect(await scanner().scan(randomBytes(3 * 1024 * 1024))).toEqual({ clean: true });
  });
}

describe('the embedded virus scanner', () => contract(() => new LocalVirusScanner()));

describe('clamd over INSTREAM', () => {
  let dir: string;
  let clamd: ChildProcess | undefined;
  const socketPath = () => join(dir, 'clamd.sock');

  // Our own clamd on a one-signature database: freshclam cannot download the real ones here, and the
  // Debian package's service is never started.
  beforeAll(async () => {
    if (!existsSync(CLAMD)) throw new Error(`${CLAMD} is missing: run \`npm test\`, which installs Debian's clamav-daemon`);
    dir = await mkdtemp(join(tmpdir(), 'clamd-'));
    const hex = Buffer.from(EICAR_TEST_FILE).toString('hex');
    await writeFile(join(dir, 'eicar.ndb'), `Eicar-Test-Signature:0:*:${hex}\n`);
    await writeFile(
      join(dir, 'clamd.conf'),
      [`Foreground yes`, `LocalSocket ${socketPath()}`, `DatabaseDirectory ${dir}`, `TemporaryDirectory ${dir}`, `StreamMaxLength 5M`].join('\n') + '\n',
    );
    let output = '';
    clamd = spawn(CLAMD, ['--config-file', join(dir, 'clamd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    clamd.stdout?.on('data', (d) => (output += d));
    clamd.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 10_000;
    while (!existsSync(socketPath())) {
      if (clamd.exitCode !== null || Date.now() > deadline) throw new Error(`clamd did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  });

  afterAll(async () => {
    if (clamd && clamd.exitCode === null) {
      const exited = new Promise((r) => clamd?.once('exit', r));
      clamd.kill();
      await exited;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  contract(() => new ClamdScanner({ socketPath: socketPath(), timeoutMs: 5_000 }));

  it('a file over clamd’s stream limit is an error, not clean', async () => {
    await expect(new ClamdScanner({ socketPath: socketPath(), timeoutMs: 5_000 }).scan(randomBytes(6 * 1024 * 1024))).rejects.toThrow(/size limit exceeded|before the whole file was sent/);
  });

  it('no clamd listening is an error', async () => {
    await expect(new ClamdScanner({ socketPath: join(dir, 'nobody.sock'), timeoutMs: 1_000 }).scan(EICAR_TEST_FILE)).rejects.toThrow(/ENOENT/);
  });
});

describe('clamd replies that are not verdicts', () => {
  let server: Server;
  let reply: string | undefined;
  let port = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      socket.on('error', () => {});
      socket.resume();
      if (reply !== undefined) socket.end(reply);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const scan = () => new ClamdScanner({ host: '127.0.0.1', port, timeoutMs: 300 }).scan(EICAR_TEST_FILE);

  it.each([
    ['an error line', 'INSTREAM size limit exceeded. ERROR\0', /size limit exceeded/],
    ['an unknown line', 'stream: maybe\0', /could not scan/],
    ['a verdict cut short', 'stream: OK', /without a verdict/],
    ['two verdicts', 'stream: OK\0stream: Eicar FOUND\0', /could not scan/],
  ])('%s throws', async (_name, text, error) => {
    reply = text;
    await expect(scan()).rejects.toThrow(error);
  });

  it('a hang-up while the file is still being sent throws, naming it', async () => {
    const hangUp = createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.resetAndDestroy());
    });
    await new Promise<void>((r) => hangUp.listen(0, '127.0.0.1', r));
    const scanner = new ClamdScanner({ host: '127.0.0.1', port: (hangUp.address() as { port: number }).port, timeoutMs: 2_000 });
    try {
      await expect(scanner.scan(randomBytes(8 * 1024 * 1024))).rejects.toThrow(/before the whole file was sent/);
    } finally {
      await new Promise<void>((r) => hangUp.close(() => r()));
    }
  });

  it('silence throws after the timeout', async () => {
    reply = undefined;
    await expect(scan()).rejects.toThrow(/did not answer within 300 ms/);
  });
});
