import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { expect } from 'vitest';
import { BankIdRpAdapter } from '../adapters/bankid/bankid-rp.adapter.ts';
import { demoRegisterPeople } from '../adapters/population-register/demo-register.ts';
import { LocalPopulationRegister } from '../adapters/population-register/local.adapter.ts';
import { demoListings } from '../adapters/listing-register/demo-listings.ts';
import { LocalListingRegister } from '../adapters/listing-register/local.adapter.ts';
import { LocalSmsOutbox } from '../adapters/sms/local-outbox.adapter.ts';
import { LocalPushOutbox } from '../adapters/push/local-outbox.adapter.ts';
import { type EventBus, InProcessEventBus } from '../platform/event-bus.ts';
import { PostgresEventBus } from '../platform/postgres-event-bus.ts';
import type { ChatBusEvent } from '../modules/messaging/chat-delivery.ts';
import { LocalVirusScanner } from '../adapters/virus-scanner/local.adapter.ts';
import { LocalEhr } from '../adapters/ehr/local-ehr.adapter.ts';
import { LocalMailbox } from '../adapters/mailbox/local-mailbox.adapter.ts';
import { demoMailboxes } from '../adapters/mailbox/demo-mailboxes.ts';
import type { MailboxPort } from '../adapters/mailbox/mailbox.port.ts';
import { LocalMeshSfu } from '../adapters/sfu/local-mesh.adapter.ts';
import type { SfuPort } from '../adapters/sfu/sfu.port.ts';
import type { VideoBusEvent } from '../modules/video/video-delivery.ts';
import { demoEhrAppointments } from '../seed/demo-ehr.ts';
import { buildApp } from '../app.ts';
import { createServices, type Services } from '../composition.ts';
import { type Config, loadConfig } from '../config/config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { ManualClock } from '../platform/clock.ts';
import { demoResidents, demoStaff } from '../seed/demo-people.ts';
import { seedDemoData } from '../seed/seed-demo.ts';
import { TestBrowser } from './test-browser.ts';
import { testLogFile } from './test-log.ts';
import { openTestDatabase } from './test-database.ts';
import { TestSimulator } from './test-simulator.ts';

export const TEST_START = new Date('2026-11-22T09:00:00Z');
/** The EHR integration's bearer token in tests. */
export const TEST_EHR_TOKEN = 'test-ehr-token-4f7c1d9e2b8a6c3f5e0d';

export const residentId = (key: string) => {
  const r = demoResidents.find((x) => x.key === key);
  if (!r) throw new Error(`no demo resident ${key}`);
  return r.identifier;
};
export const staffPersonalNumber = (key: string) => {
  const s = demoStaff.find((x) => x.key === key);
  if (!s) throw new Error(`no demo staff ${key}`);
  return s.personalNumber;
};

/** A seeded database, the BankID simulator and the app, sharing one manual clock. */
export class TestContext {
  private constructor(
    readonly app: FastifyInstance,
    readonly database: Database & { url: string | null },
    readonly clock: ManualClock,
    readonly services: Services,
    readonly simulator: TestSimulator,
    /** The embedded population register, which tests may change. */
    readonly register: LocalPopulationRegister,
    /** The embedded listing register, which tests may change. */
    readonly listings: LocalListingRegister,
    /** What the embedded SMS gateway has sent. */
    readonly sms: LocalSmsOutbox,
    readonly push: LocalPushOutbox,
    /** The digital mailbox service in use: the embedded one unless the test gave another. */
    readonly mailbox: MailboxPort,
    private readonly config: Config,
    private readonly options: { postgresBus?: boolean; sfu?: SfuPort },
  ) {}

  /**
   * `postgresBus`: chat events also go over LISTEN/NOTIFY, as with several processes on one
   * PostgreSQL (see `anotherProcess`); only on PostgreSQL.
   */
  static async create(env: Record<string, string> = {}, logStream?: DestinationStream, options: { postgresBus?: boolean; mailbox?: MailboxPort; sfu?: SfuPort } = {}): Promise<TestContext> {
    const clock = new ManualClock(TEST_START);
    const database = await openTestDatabase();
    await seedDemoData(database.db, clock.now());
    const simulator = await TestSimulator.start(clock);
    const stream = logStream ?? testLogFile('vitest');
    const config = loadConfig({ LOG_LEVEL: stream ? 'info' : 'silent', BANKID_SIMULATOR_ENABLED: 'false', BANKID_BASE_URL: simulator.rpBaseUrl, WEB_DIST_DIR: '/nonexistent', SIGNIN_RATE_LIMIT_PER_MINUTE: '1000', EHR_API_TOKEN: TEST_EHR_TOKEN, ...env });
    const register = new LocalPopulationRegister(demoRegisterPeople());
    const listings = new LocalListingRegister(demoListings());
    const sms = new LocalSmsOutbox();
    const push = new LocalPushOutbox();
    const mailbox = options.mailbox ?? new LocalMailbox(demoMailboxes());
    const services = createServices(config, database, clock, {
      bankId: new BankIdRpAdapter({ baseUrl: config.bankId.baseUrl }),
      populationRegister: register,
      listingRegister: listings,
      sms,
      push,
      virusScanner: new LocalVirusScanner(),
      ehr: new LocalEhr(demoEhrAppointments(clock.now())),
      mailbox,
      sfu: options.sfu ?? new LocalMeshSfu(config.video.meshLimit),
    }, await busFor<ChatBusEvent>(database.url, options.postgresBus, 'chat_events'), await busFor<VideoBusEvent>(database.url, options.postgresBus, 'video_events'));
    const app = await buildApp({ config, database, clock, services, logStream: stream });
    return new TestContext(app, database, clock, services, simulator, register, listings, sms, push, mailbox, config, options);
  }

  browser(): TestBrowser {
    return new TestBrowser(this.app);
  }

  /** Runs a BankID sign-in to its end in a new browser; returns the browser and the final collect answer. */
  async signIn(audience: 'resident' | 'staff', personalNumber: string) {
    const browser = this.browser();
    await browser.get('/api/auth/session');
    const start = await browser.post('/api/auth/bankid/start', { audience });
    expect(start.statusCode, start.body).toBe(200);
    await this.simulator.approve(start.json().autoStartToken, personalNumber);
    const collect = await browser.post('/api/auth/bankid/collect');
    return { browser, collect };
  }

  /** A resident with an account, signed in. */
  async residentBrowser(key: string): Promise<TestBrowser> {
    const { browser, collect } = await this.signIn('resident', residentId(key));
    expect(collect.json(), collect.body).toEqual({ status: 'signed_in' });
    return browser;
  }

  /** A staff member, signed in and working in the unit named (by its demo name). */
  async staffBrowser(key: string, unitName?: string): Promise<TestBrowser> {
    const { browser, collect } = await this.signIn('staff', staffPersonalNumber(key));
    expect(collect.json(), collect.body).toEqual({ status: 'signed_in' });
    if (unitName) {
      const units = (await browser.get('/api/staff/me')).json().units as { id: string; name: string }[];
      const unit = units.find((u) => u.name === unitName);
      if (!unit) throw new Error(`${key} has no role in ${unitName}`);
      const chosen = await browser.post('/api/staff/active-unit', { unitId: unit.id });
      expect(chosen.statusCode, chosen.body).toBe(204);
    }
    return browser;
  }

  /**
   * A second server process on the same database: its own app, sessions hub and event bus, the
   * same adapters and clock. A browser signed in on one may use its cookies on the other. Chat
   * events cross over LISTEN/NOTIFY (PostgreSQL only) unless `postgresBus` is false.
   */
  async anotherProcess(options: { postgresBus?: boolean } = {}): Promise<{ app: FastifyInstance; browser: (like: TestBrowser) => TestBrowser; close: () => Promise<void> }> {
    const bus = await busFor<ChatBusEvent>(this.database.url, options.postgresBus ?? true, 'chat_events');
    const videoBus = await busFor<VideoBusEvent>(this.database.url, options.postgresBus ?? true, 'video_events');
    // A process of its own has its own connections, and so its own batches of statements, as on a server.
    const database: Database = this.database.url ? await openDatabase({ kind: 'postgres', url: this.database.url }) : { ...this.database, close: async () => undefined };
    const services = createServices(this.config, database, this.clock, {
      bankId: new BankIdRpAdapter({ baseUrl: this.config.bankId.baseUrl }),
      populationRegister: this.register,
      listingRegister: this.listings,
      sms: this.sms,
      push: this.push,
      virusScanner: new LocalVirusScanner(),
      ehr: new LocalEhr([]),
      mailbox: this.mailbox,
      sfu: this.options.sfu ?? new LocalMeshSfu(this.config.video.meshLimit),
    }, bus, videoBus);
    const app = await buildApp({ config: this.config, database, clock: this.clock, services, logStream: testLogFile('vitest') });
    await app.ready();
    return {
      app,
      browser: (like) => {
        const copy = new TestBrowser(app);
        for (const [k, v] of like.cookies) copy.cookies.set(k, v);
        return copy;
      },
      close: async () => {
        await app.close();
        await bus.close();
        await videoBus.close();
        await database.close();
      },
    };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.services.chat.bus.close();
    await this.services.video.bus.close();
    await this.simulator.close();
    await this.database.close();
  }
}

async function busFor<E>(url: string | null, postgres: boolean | undefined, channel: string): Promise<EventBus<E>> {
  if (!postgres) return new InProcessEventBus();
  if (!url) throw new Error('LISTEN/NOTIFY needs PostgreSQL: set DATABASE_URL');
  return PostgresEventBus.start<E>(url, channel, { warn: () => undefined });
}
