// Bundles the server (server/src/main.ts and what it imports from the repository) into one ES module,
// dist/server/main.mjs, beside a copy of the migrations it runs. Packages stay imports from
// node_modules. Started by plain Node, a process is ready in about half the time tsx needs
// (docs/adr/0009-server-runs-from-an-esbuild-bundle.md). Takes a fraction of a second, so every
// `npm start`, test run and benchmark builds it afresh and it cannot go stale.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const serverBundle = join(root, 'dist', 'server', 'main.mjs');
/** How to run the bundle: Node with the bundle's source map, so a stack trace in a log names the .ts file and line. */
export const serverCommand = [process.execPath, '--enable-source-maps', serverBundle];

export function buildServer() {
  const out = join(root, 'dist', 'server');
  buildSync({
    entryPoints: [join(root, 'server', 'src', 'main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // db/client.ts finds its migrations next to itself, which in the bundle is dist/server.
  cpSync(join(root, 'server', 'src', 'db', 'migrations'), join(out, 'migrations'), { recursive: true });
  return serverBundle;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildServer();
