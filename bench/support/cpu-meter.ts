import { readFileSync } from 'node:fs';

/**
 * Who used the machine's CPU during a phase: the benchmark's own processes (this process with its
 * load threads, the servers it started, the PostgreSQL backends of its databases) and everything
 * else, which on a shared machine can distort latencies. Linux /proc, in clock ticks (USER_HZ, 100).
 */
const TICKS_PER_S = 100;

function machineTicks(): { busy: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number) as number[];
  void idle;
  void iowait;
  return { busy: user! + nice! + system! + irq! + softirq! + steal! };
}

function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime) of proc(5); `after` starts at field 3.
    return Number(after[11]) + Number(after[12]);
  } catch {
    return null;
  }
}

export interface CpuUse {
  /** Percent of one core, over the phase. */
  machinePct: number;
  ownPct: number;
  /** The server under test alone (product server processes, or the peer). */
  serverPct: number;
  foreignPct: number;
}

export class CpuMeter {
  private startedAt = 0;
  private machine0 = 0;
  private own0 = new Map<number, number>();

  constructor(
    private readonly ownPids: () => Promise<number[]>,
    private readonly serverPids: () => number[],
  ) {}

  async start(): Promise<void> {
    this.own0 = new Map();
    for (const pid of new Set([...(await this.ownPids()), ...this.serverPids()])) this.own0.set(pid, processTicks(pid) ?? 0);
    this.machine0 = machineTicks().busy;
    this.startedAt = performance.now();
  }

  async stop(): Promise<CpuUse> {
    const machine = machineTicks().busy - this.machine0;
    const seconds = (performance.now() - this.startedAt) / 1000;
    const used = (pid: number) => {
      const now = processTicks(pid);
      return now === null ? 0 : now - (this.own0.get(pid) ?? 0);
    };
    const servers = new Set(this.serverPids());
    let own = 0;
    for (const pid of new Set([...this.own0.keys(), ...(await this.ownPids()), ...servers])) own += used(pid);
    let server = 0;
    for (const pid of servers) server += used(pid);
    const pct = (ticks: number) => Math.round((ticks / TICKS_PER_S / seconds) * 100);
    return { machinePct: pct(machine), ownPct: pct(own), serverPct: pct(server), foreignPct: Math.max(0, pct(machine - own)) };
  }
}

/** Waits (up to `maxSeconds`) for a second in which the whole machine uses less than `belowPct` of one core; returns the seconds waited. */
export async function waitForQuiet(maxSeconds: number, belowPct = 25): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = machineTicks().busy;
    await new Promise((r) => setTimeout(r, 1000));
    const pct = (machineTicks().busy - before) / TICKS_PER_S * 100;
    const waited = (performance.now() - started) / 1000;
    if (pct < belowPct || waited >= maxSeconds) return Math.round(waited);
  }
}
