import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  COOKIE_SECURE: booleanFromEnv.default(true),
  TRUST_PROXY: booleanFromEnv.default(false),
  SEED_DEMO_DATA: booleanFromEnv.default(true),
  SIGNIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  BANKID_SIMULATOR_ENABLED: booleanFromEnv.default(true),
  BANKID_BASE_URL: z.url().optional(),
  BANKID_PFX_PATH: z.string().min(1).optional(),
  BANKID_PFX_PASSPHRASE: z.string().optional(),
  BANKID_CA_PATH: z.string().min(1).optional(),
  LISTING_REGISTER_FHIR_URL: z.url().optional(),
  LISTING_REGISTER_TOKEN: z.string().min(1).optional(),
  EHR_FHIR_URL: z.url().optional(),
  EHR_FHIR_TOKEN: z.string().min(1).optional(),
  EHR_API_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  SMS_46ELKS_USERNAME: z.string().min(1).optional(),
  SMS_46ELKS_PASSWORD: z.string().min(1).optional(),
  SMS_FROM: z.string().regex(/^([A-Za-z][A-Za-z0-9]{0,10}|\+\d{6,15})$/, 'up to 11 letters and digits starting with a letter, or a phone number').default('Vardkontakt'),
  TICKET_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  TICKET_CHECKS_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(120),
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, 'must be the base64url public key').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, 'must be the base64url private key').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://').default('mailto:vardkontakten@example.se'),
  CLAMD_SOCKET: z.string().min(1).optional(),
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  MAILBOX_RECIPIENT_SERVICE_URL: z.url().optional(),
  MAILBOX_SENDER_ID: z.string().regex(/^\d{6}-?\d{4}$/, 'must be an organisation number, e.g. 232100-0198').default('232100-0198'),
  MAILBOX_SIGNING_KEY_PATH: z.string().min(1).optional(),
  MAILBOX_SIGNING_KEY_ID: z.string().min(1).default('vardkontakten'),
  WEB_DIST_DIR: z.string().min(1).default('./web/dist'),
  TURN_URLS: z
    .string()
    .regex(/^turns?:[^,\s]+(,turns?:[^,\s]+)*$/, 'comma-separated turn: or turns: addresses')
    .optional(),
  TURN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TURN_CREDENTIAL_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  STUN_URLS: z
    .string()
    .regex(/^stuns?:[^,\s]+(,stuns?:[^,\s]+)*$/, 'comma-separated stun: addresses')
    .optional(),
  VIDEO_ICE_TRANSPORT_POLICY: z.enum(['all', 'relay']).default('all'),
  VIDEO_MESH_LIMIT: z.coerce.number().int().min(2).max(8).default(4),
  JANUS_URL: z.string().regex(/^wss?:\/\//, 'must start with ws:// or wss://').optional(),
  JANUS_ADMIN_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  JANUS_API_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  JANUS_MAX_PUBLISHERS: z.coerce.number().int().min(3).max(50).default(12),
  GUEST_LINK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(30),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  trustProxy: boolean;
  seedDemoData: boolean;
  signInRateLimitPerMinute: number;
  bankId: {
    simulatorEnabled: boolean;
    baseUrl: string;
    pfxPath: string | undefined;
    pfxPassphrase: string | undefined;
    caPath: string | undefined;
  };
  /** R-UN-3: the region's listing service over FHIR; the embedded demo register when unset. */
  listingRegister: { fhirUrl: string | undefined; token: string | undefined };
  /** R-IN-1: the bearer token the EHR sends bookings with; unset, the FHIR endpoint refuses everyone. */
  ehrApiToken: string | undefined;
  /** Bearer token Prometheus scrapes /metrics with; unset, only loopback callers may. */
  metricsToken: string | undefined;
  /** R-IN-1: the EHR's FHIR R4 server to read appointments from at sign-in; the embedded demo EHR when unset. */
  ehrFhirUrl: string | undefined;
  ehrFhirToken: string | undefined;
  /** Reminders by SMS through 46elks; the embedded outbox when unset. */
  sms: { username: string | undefined; password: string | undefined; from: string };
  /** R-BK-6: the key that signs bus tickets (made and kept in the database when unset), and checks allowed per client and minute. */
  tickets: { signingKey: string | undefined; checksPerMinute: number };
  /** Web Push with these VAPID keys; unset, notifications go to the embedded outbox and the browser gets keys made at first start. */
  push: { vapid: { publicKey: string; privateKey: string } | undefined; subject: string };
  /** R-MS-11: clamd over a Unix socket or TCP; unset, the embedded scanner (the upload checks plus the EICAR test signature). */
  clamd: { socketPath: string | undefined; host: string | undefined; port: number };
  /** R-DC-4: Mina meddelanden's recipient service and the key deliveries are signed with; unset, the embedded mailbox service. */
  mailbox: { recipientServiceUrl: string | undefined; senderId: string; signingKeyPath: string | undefined; signingKeyId: string };
  /** R-VM: ICE servers for browsers (TURN REST credentials from the shared secret) and the SFU; unset, host candidates and a mesh. */
  video: {
    turnUrls: string[];
    turnSecret: string | undefined;
    turnTtlSeconds: number;
    stunUrls: string[];
    transportPolicy: 'all' | 'relay';
    meshLimit: number;
    janus: { url: string; adminKey: string; apiSecret: string | undefined; maxPublishers: number } | undefined;
    guestRateLimitPerMinute: number;
  };
  webDistDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the environment once at start-up; every bad variable is named so the operator can fix all at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  if (Boolean(e.SMS_46ELKS_USERNAME) !== Boolean(e.SMS_46ELKS_PASSWORD)) {
    throw new ConfigError(['SMS_46ELKS_USERNAME, SMS_46ELKS_PASSWORD: give both or neither']);
  }
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY)) {
    throw new ConfigError(['VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: give both or neither']);
  }
  if (e.MAILBOX_RECIPIENT_SERVICE_URL && !e.MAILBOX_SIGNING_KEY_PATH) {
    throw new ConfigError(['MAILBOX_SIGNING_KEY_PATH: required when MAILBOX_RECIPIENT_SERVICE_URL is set']);
  }
  if (Boolean(e.TURN_URLS) !== Boolean(e.TURN_SECRET)) {
    throw new ConfigError(['TURN_URLS, TURN_SECRET: give both or neither']);
  }
  if (Boolean(e.JANUS_URL) !== Boolean(e.JANUS_ADMIN_KEY)) {
    throw new ConfigError(['JANUS_URL, JANUS_ADMIN_KEY: give both or neither']);
  }
  if (e.VIDEO_ICE_TRANSPORT_POLICY === 'relay' && !e.TURN_URLS) {
    throw new ConfigError(['VIDEO_ICE_TRANSPORT_POLICY: relay needs TURN_URLS and TURN_SECRET']);
  }
  if (!e.BANKID_SIMULATOR_ENABLED && !e.BANKID_BASE_URL) {
    throw new ConfigError(['BANKID_BASE_URL: required when BANKID_SIMULATOR_ENABLED is false']);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.COOKIE_SECURE,
    },
    trustProxy: e.TRUST_PROXY,
    seedDemoData: e.SEED_DEMO_DATA,
    signInRateLimitPerMinute: e.SIGNIN_RATE_LIMIT_PER_MINUTE,
    bankId: {
      simulatorEnabled: e.BANKID_SIMULATOR_ENABLED,
      baseUrl: (e.BANKID_BASE_URL ?? `${publicUrl}/bankid-sim/rp/v6.0`).replace(/\/$/, ''),
      pfxPath: e.BANKID_PFX_PATH,
      pfxPassphrase: e.BANKID_PFX_PASSPHRASE,
      caPath: e.BANKID_CA_PATH,
    },
    listingRegister: { fhirUrl: e.LISTING_REGISTER_FHIR_URL, token: e.LISTING_REGISTER_TOKEN },
    ehrApiToken: e.EHR_API_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    ehrFhirUrl: e.EHR_FHIR_URL,
    ehrFhirToken: e.EHR_FHIR_TOKEN,
    sms: { username: e.SMS_46ELKS_USERNAME, password: e.SMS_46ELKS_PASSWORD, from: e.SMS_FROM },
    tickets: { signingKey: e.TICKET_SIGNING_KEY, checksPerMinute: e.TICKET_CHECKS_PER_MINUTE },
    push: { vapid: e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY } : undefined, subject: e.VAPID_SUBJECT },
    clamd: { socketPath: e.CLAMD_SOCKET, host: e.CLAMD_HOST, port: e.CLAMD_PORT },
    mailbox: { recipientServiceUrl: e.MAILBOX_RECIPIENT_SERVICE_URL, senderId: e.MAILBOX_SENDER_ID, signingKeyPath: e.MAILBOX_SIGNING_KEY_PATH, signingKeyId: e.MAILBOX_SIGNING_KEY_ID },
    video: {
      turnUrls: e.TURN_URLS?.split(',') ?? [],
      turnSecret: e.TURN_SECRET,
      turnTtlSeconds: e.TURN_CREDENTIAL_TTL_SECONDS,
      stunUrls: e.STUN_URLS?.split(',') ?? [],
      transportPolicy: e.VIDEO_ICE_TRANSPORT_POLICY,
      meshLimit: e.VIDEO_MESH_LIMIT,
      janus: e.JANUS_URL && e.JANUS_ADMIN_KEY ? { url: e.JANUS_URL, adminKey: e.JANUS_ADMIN_KEY, apiSecret: e.JANUS_API_SECRET, maxPublishers: e.JANUS_MAX_PUBLISHERS } : undefined,
      guestRateLimitPerMinute: e.GUEST_LINK_RATE_LIMIT_PER_MINUTE,
    },
    webDistDir: e.WEB_DIST_DIR,
  };
}
