import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * The peer for bench/chat.bench.ts: Debian's ejabberd, run from its own config file in a temp dir on
 * a loopback port, with users, and a message archive (mod_mam, archiving always) in a PostgreSQL
 * database of its own on the same server the product uses.
 */
export const EJABBERD_SCHEMA = '/usr/share/ejabberd/sql/pg.sql';
const EJABBERD_LIBS = '/usr/lib/x86_64-linux-gnu';

function hasPgsqlDriver(): boolean {
  return existsSync('/usr/lib/erlang/lib') && readdirSync('/usr/lib/erlang/lib').some((d) => d.startsWith('p1_pgsql-'));
}

/**
 * Installs Debian's ejabberd and its PostgreSQL driver when absent. The package's own service must
 * not start (it would take port 5222 with the Debian config): a policy-rc.d that denies every start
 * is put in place for the install when the machine has none, as scripts/lib/ensure.mjs does for clamd.
 */
export function ensureEjabberd(): void {
  if (existsSync('/usr/sbin/ejabberdctl') && existsSync(EJABBERD_SCHEMA) && hasPgsqlDriver()) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  console.log('Installing Debian ejabberd (the chat benchmark’s peer) …');
  if (ownPolicy) execSync(`printf '#!/bin/sh\\nexit 101\\n' | ${sudo}tee ${policy} >/dev/null && ${sudo}chmod +x ${policy}`, { stdio: 'inherit' });
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ejabberd erlang-p1-pgsql`, { stdio: 'inherit' });
  } finally {
    if (ownPolicy) execSync(`${sudo}rm -f ${policy}`, { stdio: 'inherit' });
  }
}

export interface EjabberdOptions {
  dir: string;
  port: number;
  domain: string;
  db: { host: string; port: number; database: string; user: string; password: string };
  poolSize: number;
}

export function ejabberdConfig(o: EjabberdOptions): string {
  return `# Written by bench/support/ejabberd.ts for one benchmark run.
hosts:
  - "${o.domain}"
loglevel: warning
log_rotate_count: 0
hide_sensitive_log_data: true
listen:
  -
    port: ${o.port}
    ip: "127.0.0.1"
    module: ejabberd_c2s
    backlog: 4096
    max_stanza_size: 262144
    starttls_required: false
sql_type: pgsql
sql_server: "${o.db.host}"
sql_port: ${o.db.port}
sql_database: "${o.db.database}"
sql_username: "${o.db.user}"
sql_password: "${o.db.password}"
sql_pool_size: ${o.poolSize}
new_sql_schema: false
default_db: sql
auth_method: sql
auth_password_format: plain
acl:
  local:
    user_regexp: ""
access_rules:
  local:
    allow: local
  c2s:
    allow: all
modules:
  mod_mam:
    db_type: sql
    default: always
  mod_stream_mgmt:
    resend_on_timeout: if_offline
  mod_disco: {}
`;
}

export interface RunningEjabberd {
  pid: number;
  stop(): Promise<void>;
  log(): string;
}

/** Starts `erl` with ejabberd on the config given (no distribution, no ejabberdctl) and waits for its port. */
export async function startEjabberd(o: EjabberdOptions): Promise<RunningEjabberd> {
  mkdirSync(`${o.dir}/spool`, { recursive: true });
  mkdirSync(`${o.dir}/logs`, { recursive: true });
  writeFileSync(`${o.dir}/ejabberd.yml`, ejabberdConfig(o));
  const child: ChildProcess = spawn(
    'sh',
    ['-c', 'ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"', 'erl', '-noshell', '-noinput', '+K', 'true', '+P', '250000', '-mnesia', 'dir', `"${o.dir}/spool"`, '-s', 'ejabberd'],
    {
      cwd: o.dir,
      env: { ...process.env, EJABBERD_CONFIG_PATH: `${o.dir}/ejabberd.yml`, EJABBERD_LOG_PATH: `${o.dir}/logs/ejabberd.log`, ERL_LIBS: EJABBERD_LIBS, ERL_MAX_PORTS: '65536', ERL_CRASH_DUMP: `${o.dir}/logs/erl_crash.dump` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => {
    const files = ['ejabberd.log', 'error.log'].map((f) => `${o.dir}/logs/${f}`).filter(existsSync);
    return [output, ...files.map((f) => readFileSync(f, 'utf8'))].join('\n').slice(-4000);
  };
  const until = Date.now() + 60_000;
  while (!(await portOpen(o.port))) {
    if (exited || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`ejabberd did not start: ${log()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: child.pid!,
    log,
    stop: async () => {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
