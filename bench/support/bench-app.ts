import { LocalPushOutbox } from '../../server/src/adapters/push/local-outbox.adapter.ts';
import { LocalVirusScanner } from '../../server/src/adapters/virus-scanner/local.adapter.ts';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { BankIdRpAdapter } from '../../server/src/adapters/bankid/bankid-rp.adapter.ts';
import { demoListings } from '../../server/src/adapters/listing-register/demo-listings.ts';
import { LocalListingRegister } from '../../server/src/adapters/listing-register/local.adapter.ts';
import { LocalSmsOutbox } from '../../server/src/adapters/sms/local-outbox.adapter.ts';
import { LocalMeshSfu } from '../../server/src/adapters/sfu/local-mesh.adapter.ts';
import { LocalEhr } from '../../server/src/adapters/ehr/local-ehr.adapter.ts';
import { LocalMailbox } from '../../server/src/adapters/mailbox/local-mailbox.adapter.ts';
import { demoMailboxes } from '../../server/src/adapters/mailbox/demo-mailboxes.ts';
import { demoRegisterPeople } from '../../server/src/adapters/population-register/demo-register.ts';
import { LocalPopulationRegister } from '../../server/src/adapters/population-register/local.adapter.ts';
import { buildApp } from '../../server/src/app.ts';
import { createServices, type Services } from '../../server/src/composition.ts';
import { loadConfig } from '../../server/src/config/config.ts';
import { type Database, openDatabase } from '../../server/src/db/client.ts';
import { ManualClock } from '../../server/src/platform/clock.ts';
import { demoStaff } from '../../server/src/seed/demo-people.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { TestBrowser } from '../../server/src/testing/test-browser.ts';
import { TestSimulator } from '../../server/src/testing/test-simulator.ts';

export type BackendKind = 'postgres' | 'pglite';

export const BENCH_POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database of the kind asked for: a new PostgreSQL database (dropped on close) or in-memory PGlite. */
export async function openBenchDatabase(kind: BackendKind, prefix = 'bench'): Promise<Database & { url: string | null }> {
  if (kind === 'pglite') return { ...(await openDatabase({ kind: 'pglite-memory' })), url: null };
  const { default: pg } = await import('pg');
  const name = `${prefix}_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** The whole server on a seeded database, with the BankID simulator on a real port, as in production. */
export class BenchApp {
  private constructor(
    readonly app: FastifyInstance,
    readonly services: Services,
    readonly database: Database & { url: string | null },
    private readonly simulator: TestSimulator,
  ) {}

  static async start(database: Database & { url: string | null }, now = new Date(), mailbox: LocalMailbox = new LocalMailbox(demoMailboxes())): Promise<BenchApp> {
    const clock = new ManualClock(now);
    await seedDemoData(database.db, clock.now());
    const simulator = await TestSimulator.start(clock);
    const config = loadConfig({ LOG_LEVEL: 'silent', BANKID_SIMULATOR_ENABLED: 'false', BANKID_BASE_URL: simulator.rpBaseUrl, WEB_DIST_DIR: '/nonexistent', SIGNIN_RATE_LIMIT_PER_MINUTE: '1000', COOKIE_SECURE: 'false' });
    const services = createServices(config, database, clock, {
      bankId: new BankIdRpAdapter({ baseUrl: config.bankId.baseUrl }),
      populationRegister: new LocalPopulationRegister(demoRegisterPeople()),
      listingRegister: new LocalListingRegister(demoListings()),
      sms: new LocalSmsOutbox(),
      push: new LocalPushOutbox(),
      virusScanner: new LocalVirusScanner(),
      ehr: new LocalEhr([]),
      mailbox,
      sfu: new LocalMeshSfu(),
    });
    const app = await buildApp({ config, database, clock, services });
    return new BenchApp(app, services, database, simulator);
  }

  /** A demo staff member signed in with BankID and working in the unit named. */
  async staff(key: string, unitName: string): Promise<TestBrowser> {
    const person = demoStaff.find((s) => s.key === key);
    if (!person) throw new Error(`No demo staff ${key}`);
    const browser = new TestBrowser(this.app);
    await browser.get('/api/auth/session');
    const start = await browser.post('/api/auth/bankid/start', { audience: 'staff' });
    await this.simulator.approve(start.json().autoStartToken, person.personalNumber);
    const collect = await browser.post('/api/auth/bankid/collect');
    if (collect.json().status !== 'signed_in') throw new Error(`Sign-in failed: ${collect.body}`);
    const unit = (await browser.get('/api/staff/me')).json().units.find((u: { name: string }) => u.name === unitName);
    await browser.post('/api/staff/active-unit', { unitId: unit.id });
    return browser;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.simulator.close();
    await this.database.close();
  }
}
