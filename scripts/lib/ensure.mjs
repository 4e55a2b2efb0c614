// Plain Node with no dependencies: this runs before node_modules exists.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

export function run(command, options = {}) {
  console.log(`\n> ${command}`);
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, ...options });
  return result.status ?? 1;
}

export function mustRun(command, options) {
  const status = run(command, options);
  if (status !== 0) {
    console.error(`\n"${command}" failed (exit ${status}).`);
    process.exit(status);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs) return;
  mustRun('npm ci --no-audit --no-fund');
}

/** Builds the web apps when there is no build or the sources are newer than it. */
export function ensureWebBuild() {
  const built = join(root, 'web', 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'contracts')), statSync(join(root, 'package-lock.json')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  mustRun('npm run build');
}

/** Debian's Chromium drives the browser tests; Playwright's own browser download cannot work here. */
export function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log('Installing Debian chromium for the browser tests …');
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium`, { stdio: 'inherit' });
}

/**
 * Debian's clamd for the virus-scanner contract test, which runs its own clamd on a one-signature
 * database. The package's services must not start: clamd has no signatures to load and freshclam no way
 * to download any. A policy-rc.d that denies every start (what container images already ship) is put in
 * place for the install when the machine has none.
 */
export function ensureClamd() {
  if (existsSync('/usr/sbin/clamd')) return;
  console.log('Installing Debian clamav-daemon for the virus-scanner tests …');
  installWithoutStarting(['clamav-daemon']);
}

/**
 * Debian's coturn and janus for the video tests, which run each with a configuration of their own on
 * loopback (scripts/video). Their packaged services must not start: the stock Janus config listens on
 * every interface with default secrets.
 */
export function ensureVideoServers() {
  const missing = [['/usr/bin/turnserver', 'coturn'], ['/usr/bin/janus', 'janus']].filter(([binary]) => !existsSync(binary)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  console.log(`Installing Debian ${missing.join(' and ')} for the video tests …`);
  installWithoutStarting(missing);
}

/** apt-get install with a policy-rc.d that denies every service start (what container images already ship) when the machine has none. */
function installWithoutStarting(packages) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) execSync(`printf '#!/bin/sh\\nexit 101\\n' | ${sudo}tee ${policy} >/dev/null && ${sudo}chmod +x ${policy}`, { stdio: 'inherit' });
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit' });
  } finally {
    if (ownPolicy) execSync(`${sudo}rm -f ${policy}`, { stdio: 'inherit' });
  }
}

/** Reads ./.env when present; variables already set in the environment win. */
export function loadDotEnv() {
  const file = join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
