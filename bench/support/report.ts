import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Goal {
  value: number;
  /** e.g. "<= 500" or ">= 0.5" */
  target: string;
  met: boolean;
}

export interface BenchResult {
  metrics: Record<string, number | string>;
  goals: Record<string, Goal>;
}

export function goal(value: number, target: `${'<=' | '>='} ${number}`): Goal {
  const [op, limit] = target.split(' ') as ['<=' | '>=', string];
  return { value, target, met: op === '<=' ? value <= Number(limit) : value >= Number(limit) };
}

/** Prints the metrics and goals as tables and writes bench/results/<name>.json; true when every goal is met. */
export function report(name: string, result: BenchResult): boolean {
  console.log(`\n${name}: metrics`);
  console.table(result.metrics);
  console.log(`${name}: goals`);
  console.table(Object.fromEntries(Object.entries(result.goals).map(([k, g]) => [k, { value: g.value, target: g.target, met: g.met ? 'yes' : 'NO' }])));
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written to bench/results/${name}.json`);
  return Object.values(result.goals).every((g) => g.met);
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return Math.round(sortedMs[Math.max(0, index)]! * 10) / 10;
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}
