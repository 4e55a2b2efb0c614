import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../scripts/lib/build-server.mjs';
import { report } from './support/report.ts';

/** `npm run bench -- <name>` runs bench/<name>.bench.ts, prints its table and writes bench/results/<name>.json. */
const name = process.argv[2];
const file = name ? fileURLToPath(new URL(`./${name}.bench.ts`, import.meta.url)) : '';
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(file)) {
  console.error('Usage: npm run bench -- <name>   (benchmarks: statistics, booking, chat, video, documents, reconnect)');
  process.exit(2);
}
// Benchmarks that start the product as a process run this bundle; built once here, before anything is measured.
buildServer();
const bench = (await import(file)) as { run: () => Promise<Parameters<typeof report>[1]> };
const result = await bench.run();
const allMet = report(name, result);
process.exit(allMet ? 0 : 1);
