// `npm run example:two-processes`: the service as two server processes on one PostgreSQL behind
// nginx with deploy/nginx.conf, as docs/operations.md describes: http://127.0.0.1:3100/. Any process
// serves any request (no sticky sessions). Ctrl-C stops all three.
import pg from 'pg';
import { ensureNginx, ensureWebBuild } from './lib/ensure.mjs';
import { buildServer } from './lib/build-server.mjs';
import { ReverseProxy } from '../server/src/testing/reverse-proxy.ts';
import { ServerProcess } from '../server/src/testing/server-process.ts';

const databaseUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vardkontakten_example');
const name = databaseUrl.pathname.slice(1);
const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() });
await admin.connect();
if ((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 0) await admin.query(`create database "${name.replaceAll('"', '')}"`);
await admin.end();

ensureNginx();
ensureWebBuild();
buildServer();
const publicUrl = 'http://127.0.0.1:3100';
const env = { DATABASE_URL: databaseUrl.toString(), PUBLIC_URL: publicUrl, TRUST_PROXY: 'true', LOG_LEVEL: 'info' };
const processes = [new ServerProcess(3101, env), new ServerProcess(3102, env)] as const;
const proxy = new ReverseProxy(3100, [3101, 3102]);
// One at a time: the first migrates and seeds the demo region on an empty database.
for (const p of processes) await p.start(120_000);
await proxy.start();

console.log(`
Two server processes behind nginx:
  Resident app:   ${publicUrl}/
  Staff portal:   ${publicUrl}/portal
  Process 1:      ${processes[0].url}   (readiness /api/health, metrics /metrics)
  Process 2:      ${processes[1].url}
  Database:       ${databaseUrl.toString()}
Sign in as with npm start (the BankID simulator's test app is at ${publicUrl}/bankid-sim/app).
Stop one process to see the other take over:  kill -TERM <pid>   (or Ctrl-C to stop everything)`);

const stop = async () => {
  await proxy.stop();
  await Promise.all(processes.map((p) => p.terminate()));
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
