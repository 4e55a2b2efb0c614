// Runs coturn for the video tests and benchmarks: TURN REST credentials (use-auth-secret) with the
// secret from TURN_SECRET, on 127.0.0.1 only, relaying within a small port range. Loopback peers are
// allowed because the browsers under test live on loopback (a test network namespace); never in service.
// Usage: TURN_SECRET=… node scripts/video/coturn.mjs <listening-port> <min-relay-port> <max-relay-port>
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [port = '3410', minPort = '3420', maxPort = '3449'] = process.argv.slice(2);
const secret = process.env.TURN_SECRET;
if (!secret) {
  console.error('TURN_SECRET is not set');
  process.exit(64);
}
const dir = mkdtempSync(join(tmpdir(), 'vk-coturn-'));
const config = join(dir, 'turnserver.conf');
writeFileSync(
  config,
  [
    `listening-ip=127.0.0.1`,
    `relay-ip=127.0.0.1`,
    `listening-port=${port}`,
    `min-port=${minPort}`,
    `max-port=${maxPort}`,
    'use-auth-secret',
    `static-auth-secret=${secret}`,
    'realm=vardkontakten.test',
    'fingerprint',
    'no-tls',
    'no-dtls',
    'no-cli',
    'no-multicast-peers',
    'allow-loopback-peers',
    `pidfile=${join(dir, 'turnserver.pid')}`,
    'log-file=stdout',
    'simple-log',
    '',
  ].join('\n'),
  { mode: 0o600 },
);
const child = spawn('turnserver', ['-c', config], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
