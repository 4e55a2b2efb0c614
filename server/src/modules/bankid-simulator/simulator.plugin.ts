import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { DemoIdentity } from '../../seed/demo-people.ts';
import { simulatorRoutes } from './simulator.routes.ts';
import { SimulatorStore } from './simulator.store.ts';
import { testAppRoutes } from './test-app.routes.ts';

export interface BankIdSimulatorOptions {
  clock: Clock;
  /** Whom the test app lets the tester sign in as. */
  identities: DemoIdentity[];
  /** The service's own URL: the test app returns only to this origin. */
  publicUrl: string;
}

/**
 * An embedded BankID: RP API v6 under `<prefix>/rp/v6.0` and a Test-BankID app under `<prefix>/app`,
 * so a fresh clone signs in without BankID's test environment. Register encapsulated (not with
 * fastify-plugin): its error handlers and form parser must not leak into the rest of the server.
 */
export async function bankIdSimulatorPlugin(app: FastifyInstance, opts: BankIdSimulatorOptions): Promise<void> {
  const store = new SimulatorStore(opts.clock);
  await app.register(simulatorRoutes, { store });
  await app.register(testAppRoutes, { store, identities: opts.identities, publicUrl: opts.publicUrl });
}
