import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './support/report.ts';

/**
 * Video meetings (issue 7): call setup in Chromium (admit → first remote frame, P2P and relay-only
 * through coturn), the signalling server's handling time per message at 200 concurrent meetings,
 * and Janus's CPU per forwarded stream in a room of six. WebRTC needs a network namespace of its
 * own, so the work runs in one (scripts/video/in-netns-veth.sh) and hands its result back.
 */
export async function run(): Promise<BenchResult> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = join(mkdtempSync(join(tmpdir(), 'vk-video-bench-')), 'result.json');
  const inner = spawnSync('scripts/video/in-netns-veth.sh', [process.execPath, '--import', 'tsx', 'bench/support/video-bench.ts', out], { cwd: root, stdio: 'inherit', env: process.env });
  if (inner.status !== 0) throw new Error(`the video benchmark failed (exit ${inner.status})`);
  return JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
}
