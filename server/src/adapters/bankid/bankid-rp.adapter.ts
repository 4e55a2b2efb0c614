import { BankIdClientV6, BankIdError } from 'bankid';
import { z } from 'zod';
import { type BankIdCollect, type BankIdOrder, type BankIdPort, BankIdRejectedError, BankIdUnavailableError } from './bankid.port.ts';

export interface BankIdRpConfig {
  /** BankID's RP API v6 root, ending in `/rp/v6.0`: BankID's own host or the embedded simulator. */
  baseUrl: string;
  /** Our RP certificate; without it the `bankid` package's bundled test RP certificate is used. */
  pfx?: Buffer;
  passphrase?: string;
  /** The CA BankID's server certificate must chain to; without it the package's bundled test CA. */
  ca?: Buffer;
  timeoutMs?: number;
}

type ClientSettings = ConstructorParameters<typeof BankIdClientV6>[0];
interface Settings extends ClientSettings {
  baseUrl: string;
  timeoutMs: number;
}

/** The package hard-codes BankID's hosts; we change only the base URL, so TLS and calls stay the package's. */
class ConfigurableBankIdClient extends BankIdClientV6 {
  override createAxiosInstance(): ReturnType<BankIdClientV6['createAxiosInstance']> {
    const instance = super.createAxiosInstance();
    // The base constructor calls this before any subclass field exists; the settings ride in `options`.
    const { baseUrl, timeoutMs } = this.options as unknown as Settings;
    instance.defaults.baseURL = `${baseUrl.replace(/\/+$/, '')}/`;
    instance.defaults.timeout = timeoutMs;
    return instance;
  }
}

const orderResponse = z.object({
  orderRef: z.string().min(1),
  autoStartToken: z.string().min(1),
  qrStartToken: z.string().min(1),
  qrStartSecret: z.string().min(1),
});

const collectResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), hintCode: z.string() }),
  z.object({ status: z.literal('failed'), hintCode: z.string() }),
  z.object({
    status: z.literal('complete'),
    completionData: z.object({
      user: z.object({
        personalNumber: z.string().regex(/^\d{12}$/),
        name: z.string(),
        givenName: z.string(),
        surname: z.string(),
      }),
    }),
  }),
]);

const cancelResponse = z.object({});

/** The only error bodies that describe our request rather than BankID's health. */
const rejection = z.object({
  errorCode: z.enum(['invalidParameters', 'alreadyInProgress']),
  details: z.string().catch(''),
});

function translate(error: unknown, what: string): Error {
  if (error instanceof BankIdError) {
    const body = rejection.safeParse({ errorCode: error.code, details: error.details });
    if (body.success) return new BankIdRejectedError(body.data.errorCode, body.data.details);
    // maintenance, internalError, requestTimeout, or unauthorized/notFound from a misconfigured client:
    // either way no sign-in can happen until someone acts.
    return new BankIdUnavailableError(`BankID ${what} failed: ${String(error.code ?? 'no error code')}`, { cause: error });
  }
  return new BankIdUnavailableError(`BankID ${what} could not be reached`, { cause: error });
}

async function call<T>(what: string, request: () => Promise<unknown>, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await request();
  } catch (error) {
    throw translate(error, what);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BankIdUnavailableError(`BankID ${what} answered in an unexpected shape`, { cause: parsed.error });
  return parsed.data;
}

/** BankID RP API v6 over HTTPS (or plain HTTP to the embedded simulator). */
export class BankIdRpAdapter implements BankIdPort {
  private readonly client: ConfigurableBankIdClient;

  constructor(config: BankIdRpConfig) {
    const settings: Settings = {
      production: false,
      pfx: config.pfx,
      passphrase: config.passphrase,
      ca: config.ca,
      // The package's QR generator keeps a timer per order; we draw QR codes ourselves (bankid-qr.ts).
      qrEnabled: false,
      baseUrl: config.baseUrl,
      timeoutMs: config.timeoutMs ?? 10_000,
    };
    this.client = new ConfigurableBankIdClient(settings);
  }

  auth(input: { endUserIp: string }): Promise<BankIdOrder> {
    return call('auth', () => this.client.authenticate({ endUserIp: input.endUserIp }), orderResponse);
  }

  async collect(orderRef: string): Promise<BankIdCollect> {
    const result = await call('collect', () => this.client.collect({ orderRef }), collectResponse);
    return result.status === 'complete' ? { status: 'complete', user: result.completionData.user } : result;
  }

  async cancel(orderRef: string): Promise<void> {
    try {
      await call('cancel', () => this.client.cancel({ orderRef }), cancelResponse);
    } catch (error) {
      if (error instanceof BankIdRejectedError && error.errorCode === 'invalidParameters') return;
      throw error;
    }
  }
}
