import { loadConfig } from '../../server/src/config/config.ts';
import { openDatabase } from '../../server/src/db/client.ts';
import { systemClock } from '../../server/src/platform/clock.ts';
import { buildApp } from '../../server/src/app.ts';
import { Scheduler } from '../../server/src/platform/scheduler.ts';
import { createAdapters, createServices } from '../../server/src/composition.ts';
import { InProcessEventBus } from '../../server/src/platform/event-bus.ts';
import type { ChatBusEvent } from '../../server/src/modules/messaging/chat-delivery.ts';

/**
 * Bench only: the server as server/src/main.ts composes it on PostgreSQL, except that chat events
 * stay in the process (InProcessEventBus) instead of going out over LISTEN/NOTIFY. Comparing the two
 * on the same load gives the cost of the notification path.
 */
const config = loadConfig(process.env);
if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
const services = createServices(config, database, systemClock, createAdapters(config, systemClock.now()), new InProcessEventBus<ChatBusEvent>());
const app = await buildApp({ config, database, clock: systemClock, services });
const scheduler = new Scheduler(database.db, app.log);
const close = async () => {
  await scheduler.stop();
  services.hub.closeAll();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void close());
process.on('SIGTERM', () => void close());
await app.listen({ port: config.port, host: config.host });
scheduler.start(services.jobs);
console.log(`listening on ${config.publicUrl} (in-process chat bus)`);
