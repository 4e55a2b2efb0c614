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

/**
 * Installs a Debian package when its program is missing. Packages with services must not start them
 * (clamd has no signatures to load, nginx and others would take ports): a policy-rc.d that denies
 * every start (what container images already ship) is put in place for the install when the machine
 * has none.
 */
function ensureDebianPackage(program, pkg, why) {
  if (existsSync(program)) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  console.log(`Installing Debian ${pkg} for ${why} …`);
  if (ownPolicy) execSync(`printf '#!/bin/sh\\nexit 101\\n' | ${sudo}tee ${policy} >/dev/null && ${sudo}chmod +x ${policy}`, { stdio: 'inherit' });
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkg}`, { stdio: 'inherit' });
  } finally {
    if (ownPolicy) execSync(`${sudo}rm -f ${policy}`, { stdio: 'inherit' });
  }
}

/** Debian's Chromium drives the browser tests; Playwright's own browser download cannot work here. */
export const ensureChromium = () => ensureDebianPackage('/usr/bin/chromium', 'chromium', 'the browser tests');

/** Debian's clamd for the virus-scanner contract test, which runs its own clamd on a one-signature database. */
export const ensureClamd = () => ensureDebianPackage('/usr/sbin/clamd', 'clamav-daemon', 'the virus-scanner tests');

/** Debian's nginx in front of two server processes, as deploy/nginx.conf describes, for the several-processes tests. */
export const ensureNginx = () => ensureDebianPackage('/usr/sbin/nginx', 'nginx', 'the several-processes tests');

/**
 * Debian's coturn and janus for the video tests, which run each with a configuration of their own on
 * loopback (scripts/video): the stock Janus config listens on every interface with default secrets.
 */
export function ensureVideoServers() {
  ensureDebianPackage('/usr/bin/turnserver', 'coturn', 'the video tests');
  ensureDebianPackage('/usr/bin/janus', 'janus', 'the video tests');
}

/** Reads ./.env when present; variables already set in the environment win. */
export function loadDotEnv() {
  const file = join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
