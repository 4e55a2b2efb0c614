// `npm start`: install what is missing, build the web apps and the server bundle, then run the server
// (which migrates the database and seeds demo data on first run).
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureWebBuild, loadDotEnv, root } from './lib/ensure.mjs';

loadDotEnv();
ensureDependencies();
ensureWebBuild();
// Imported after the install: the bundler is one of the packages it installs.
const { buildServer, serverCommand } = await import('./lib/build-server.mjs');
buildServer();

const [node, ...args] = serverCommand;
const server = spawn(node, args, { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
