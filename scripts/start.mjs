// `npm start`: install what is missing, build the web apps, then run the server
// (which migrates the database and seeds demo data on first run).
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureWebBuild, loadDotEnv, root } from './lib/ensure.mjs';

loadDotEnv();
ensureDependencies();
ensureWebBuild();

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
