import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { bankIdSimulatorPlugin } from '../modules/bankid-simulator/simulator.plugin.ts';
import type { Clock } from '../platform/clock.ts';
import { demoIdentities } from '../seed/demo-people.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };

/**
 * The BankID simulator on a real port, as BankID's servers would be: the app under test reaches it
 * through the real RP adapter over HTTP, and the test plays the person in the test BankID app.
 */
export class TestSimulator {
  private constructor(
    private readonly app: FastifyInstance,
    readonly origin: string,
  ) {}

  static async start(clock: Clock): Promise<TestSimulator> {
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(bankIdSimulatorPlugin, { prefix: '/bankid-sim', clock, identities: demoIdentities(), publicUrl: 'http://localhost' });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return new TestSimulator(app, address);
  }

  get rpBaseUrl(): string {
    return `${this.origin}/bankid-sim/rp/v6.0`;
  }

  private async openByAutoStart(autoStartToken: string): Promise<string> {
    const page = await this.app.inject({ method: 'GET', url: `/bankid-sim/app?autostarttoken=${encodeURIComponent(autoStartToken)}` });
    return this.refIn(page.body);
  }

  private async openByQr(qrData: string): Promise<string> {
    const page = await this.app.inject({ method: 'POST', url: '/bankid-sim/app/open', headers: form, payload: new URLSearchParams({ qrData }).toString() });
    return this.refIn(page.body);
  }

  private refIn(html: string): string {
    const ref = /name="ref" value="([^"]+)"/.exec(html)?.[1];
    if (!ref) throw new Error(`The test BankID app did not open the order:\n${html.slice(0, 500)}`);
    return ref;
  }

  /** The person approves in the app opened on the same device (autostart token). */
  async approve(autoStartToken: string, personalNumber: string): Promise<void> {
    await this.answer('approve', await this.openByAutoStart(autoStartToken), personalNumber);
  }

  /** The person scans the QR code with the app on another device and approves. */
  async approveByQr(qrData: string, personalNumber: string): Promise<void> {
    await this.answer('approve', await this.openByQr(qrData), personalNumber);
  }

  async cancel(autoStartToken: string): Promise<void> {
    await this.answer('cancel', await this.openByAutoStart(autoStartToken));
  }

  async startFailed(autoStartToken: string): Promise<void> {
    await this.answer('start-failed', await this.openByAutoStart(autoStartToken));
  }

  private async answer(action: 'approve' | 'cancel' | 'start-failed', ref: string, personalNumber?: string): Promise<void> {
    const body = new URLSearchParams({ ref, ...(personalNumber ? { personalNumber } : {}) });
    const res = await this.app.inject({ method: 'POST', url: `/bankid-sim/app/${action}`, headers: form, payload: body.toString() });
    if (res.statusCode >= 400) throw new Error(`The test BankID app refused ${action}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
