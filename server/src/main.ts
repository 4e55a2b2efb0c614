import { seedDemoDocuments } from './seed/demo-documents.ts';
import type { FastifyBaseLogger } from 'fastify';
import { loadConfig, ConfigError } from './config/config.ts';
import { openDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { systemClock } from './platform/clock.ts';
import { buildApp } from './app.ts';
import { Scheduler } from './platform/scheduler.ts';
import { Metrics } from './platform/metrics.ts';
import { createAdapters, createServices } from './composition.ts';
import { seedDemoData } from './seed/seed-demo.ts';
import { InProcessEventBus } from './platform/event-bus.ts';
import { PostgresEventBus } from './platform/postgres-event-bus.ts';
import type { ChatBusEvent } from './modules/messaging/chat-delivery.ts';
import type { VideoBusEvent } from './modules/video/video-delivery.ts';
import { demoResidents, demoStaff } from './seed/demo-people.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  let database;
  try {
    database = await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(75);
    }
    throw err;
  }
  const seeded = config.seedDemoData ? await seedDemoData(database.db, systemClock.now()) : false;
  // Several processes on one PostgreSQL tell each other of chat events; PGlite is one process.
  const busLog = { warn: (obj: object, msg: string) => app.log.warn(obj, msg) } as Pick<FastifyBaseLogger, 'warn'>;
  const chatBus = config.databaseUrl ? await PostgresEventBus.start<ChatBusEvent>(config.databaseUrl, 'chat_events', busLog) : new InProcessEventBus<ChatBusEvent>();
  const videoBus = config.databaseUrl ? await PostgresEventBus.start<VideoBusEvent>(config.databaseUrl, 'video_events', busLog) : new InProcessEventBus<VideoBusEvent>();
  const services = createServices(config, database, systemClock, createAdapters(config, systemClock.now()), chatBus, videoBus);
  let closing = false;
  const metrics = new Metrics();
  const app = await buildApp({ config, database, clock: systemClock, services, draining: () => closing, metrics });
  if (seeded) await seedDemoDocuments(services, database.db);
  const scheduler = new Scheduler(database.db, app.log, metrics);

  // Readiness turns 503 at once; jobs under way finish; live connections are told to reconnect
  // (to another process behind the load balancer) and resume from their last sequence number.
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await scheduler.stop();
    services.hub.closeAll();
    await app.close();
    await chatBus.close();
    await videoBus.close();
    await services.video.sfu.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  // After a restart every client reconnects at once; Node's default queue of 511 waiting connections
  // overflowed, and the kernel's retries (1, 3, 7, 15 … s) kept thousands waiting (4096 is Linux's somaxconn).
  await app.listen({ port: config.port, host: config.host, backlog: 4096 });
  scheduler.start(services.jobs);
  printWelcome(config.publicUrl, database.kind, seeded, config.bankId.simulatorEnabled);
}

function printWelcome(url: string, dbKind: string, seeded: boolean, simulator: boolean): void {
  const anna = demoResidents.find((r) => r.key === 'anna')!;
  const maria = demoStaff.find((s) => s.key === 'maria-ek')!;
  const eva = demoStaff.find((s) => s.key === 'eva-dahl')!;
  const lines = [
    '',
    'Vårdkontakten is running.',
    `  Resident app:  ${url}/`,
    `  Staff portal:  ${url}/portal`,
    `  API docs:      ${url}/api/docs`,
    `  Database:      ${dbKind}${seeded ? ' (demo data seeded now)' : ''}`,
  ];
  if (simulator) {
    lines.push(
      '',
      'Sign in with the built-in BankID simulator (test BankID app):',
      `  ${url}/bankid-sim/app`,
      `  Resident: choose "BankID på den här enheten", then pick ${anna.givenName} ${anna.familyName} and press Legitimera.`,
      `  Staff:    open ${url}/portal, same steps with ${maria.givenName} ${maria.familyName} (HSA-ID ${maria.hsaId}).`,
      `  Admin:    ${eva.givenName} ${eva.familyName} (region administrator: units, criteria, statistics).`,
      '  For the QR flow, copy the QR code’s text into the test app’s field instead.',
      '',
      `SMS and push notifications the demo would have sent: ${url}/demo/utkorg/`,
    );
  }
  console.log(lines.join('\n'));
}

void main();
