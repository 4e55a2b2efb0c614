import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankIdSimulatorPlugin } from '../../modules/bankid-simulator/simulator.plugin.ts';
import { ManualClock } from '../../platform/clock.ts';
import { demoIdentities } from '../../seed/demo-people.ts';
import { bankIdQrData } from './bankid-qr.ts';
import { BankIdRpAdapter } from './bankid-rp.adapter.ts';
import { type BankIdOrder, BankIdRejectedError, BankIdUnavailableError } from './bankid.port.ts';

/** The real adapter against the embedded simulator over real HTTP: the two must agree on BankID RP API v6. */

const publicUrl = 'http://care.test';
const backToService = `${publicUrl}/?signin=resume`;
const anna = demoIdentities().find((i) => i.givenName === 'Anna' && i.surname === 'Lindqvist')!;

let server: FastifyInstance;
let origin: string;
let clock: ManualClock;
let bankId: BankIdRpAdapter;

beforeAll(async () => {
  clock = new ManualClock(new Date('2025-03-01T09:00:00Z'));
  server = Fastify();
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  await server.register(bankIdSimulatorPlugin, { prefix: '/bankid-sim', clock, identities: demoIdentities(), publicUrl });
  origin = await server.listen({ host: '127.0.0.1', port: 0 });
  bankId = new BankIdRpAdapter({ baseUrl: `${origin}/bankid-sim/rp/v6.0` });
});

afterAll(() => server.close());

/** What a browser does with the test app's plain HTML forms. */
const testApp = {
  async open(order: BankIdOrder, redirect = backToService) {
    const response = await fetch(`${origin}/bankid-sim/app?autostarttoken=${encodeURIComponent(order.autoStartToken)}&redirect=${encodeURIComponent(redirect)}`);
    return { status: response.status, html: await response.text() };
  },
  async openByQr(qrData: string) {
    const response = await fetch(`${origin}/bankid-sim/app/open`, { method: 'POST', body: new URLSearchParams({ qrData }) });
    return { status: response.status, html: await response.text() };
  },
  ref(html: string): string {
    const ref = /name="ref" value="([^"]+)"/.exec(html)?.[1];
    if (!ref) throw new Error('the page carries no order reference');
    return ref;
  },
  async answer(action: 'approve' | 'cancel' | 'start-failed', fields: Record<string, string>) {
    const response = await fetch(`${origin}/bankid-sim/app/${action}`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  },
};

const rawCollect = async (orderRef: string) =>
  (await fetch(`${origin}/bankid-sim/rp/v6.0/collect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderRef }) })).json();

describe('BankID RP adapter against the simulator', () => {
  it('completes when the user opens the order on the same device and identifies as a demo person', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    expect(order.orderRef).toMatch(/^[0-9a-f-]{36}$/);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'pending', hintCode: 'outstandingTransaction' });

    const page = await testApp.open(order);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`<label for="person-${anna.personalNumber}">Anna Lindqvist</label>`);
    expect(page.html).not.toContain(order.qrStartSecret);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'pending', hintCode: 'userSign' });

    const answer = await testApp.answer('approve', { ref: testApp.ref(page.html), personalNumber: anna.personalNumber, redirect: backToService });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(backToService);

    const done = { status: 'complete', user: { personalNumber: anna.personalNumber, name: 'Anna Lindqvist', givenName: 'Anna', surname: 'Lindqvist' } };
    expect(await bankId.collect(order.orderRef)).toEqual(done);
    expect(await bankId.collect(order.orderRef)).toEqual(done);

    const raw = await rawCollect(order.orderRef);
    expect(raw.completionData).toMatchObject({
      user: done.user,
      device: { ipAddress: '127.0.0.1', uhi: expect.any(String) },
      bankIdIssueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}Z$/),
      ocspResponse: expect.any(String),
    });
    expect(Buffer.from(raw.completionData.signature, 'base64').toString('utf8')).toContain('<bankIdSignedData');
  });

  it('fails with userCancel when the user cancels, and stays on the test app for a redirect to another site', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    const page = await testApp.open(order, 'https://evil.test/steal');
    const answer = await testApp.answer('cancel', { ref: testApp.ref(page.html), redirect: 'https://evil.test/steal' });
    expect(answer.status).toBe(200);
    expect(answer.location).toBeNull();
    expect(answer.html).toContain('Klart — gå tillbaka till webbläsaren');
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'failed', hintCode: 'userCancel' });
  });

  it('fails with startFailed when the test app simulates that it could not start', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    const page = await testApp.open(order);
    const answer = await testApp.answer('start-failed', { ref: testApp.ref(page.html), redirect: backToService });
    expect(answer.status).toBe(303);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'failed', hintCode: 'startFailed' });
  });

  it('expires an order left unanswered for three minutes, and forgets it later', async () => {
    const order = await bankId.auth({ endUserIp: '2001:db8::1' });
    const page = await testApp.open(order);
    clock.advance(3 * 60_000 - 1_000);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'pending', hintCode: 'userSign' });
    clock.advance(1_000);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'failed', hintCode: 'expiredTransaction' });

    const late = await testApp.answer('approve', { ref: testApp.ref(page.html), personalNumber: anna.personalNumber });
    expect(late.status).toBe(409);
    expect(late.html).toContain('Ordern har gått ut');
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'failed', hintCode: 'expiredTransaction' });

    clock.advance(10 * 60_000);
    await expect(bankId.collect(order.orderRef)).rejects.toBeInstanceOf(BankIdRejectedError);
  });

  it('forgets an order the RP cancels: collect is refused, and cancelling again is harmless', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    await bankId.cancel(order.orderRef);
    const refused = await bankId.collect(order.orderRef).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BankIdRejectedError);
    expect(refused).toMatchObject({ errorCode: 'invalidParameters', details: 'No such order' });
    await expect(bankId.cancel(order.orderRef)).resolves.toBeUndefined();
    expect((await testApp.open(order)).status).toBe(404);
  });

  it('refuses to collect an order it never issued', async () => {
    await expect(bankId.collect('6b2a3b5e-0000-4000-8000-000000000000')).rejects.toMatchObject({ name: 'BankIdRejectedError', errorCode: 'invalidParameters' });
  });

  it('opens an order from a fresh QR code (other device) and completes it', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    clock.advance(4_000);
    const page = await testApp.openByQr(` ${bankIdQrData(order.qrStartToken, order.qrStartSecret, 4)} `);
    expect(page.status).toBe(200);
    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'pending', hintCode: 'userSign' });
    const answer = await testApp.answer('approve', { ref: testApp.ref(page.html), personalNumber: anna.personalNumber });
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('Du har legitimerat dig som Anna Lindqvist.');
    expect(await bankId.collect(order.orderRef)).toMatchObject({ status: 'complete', user: { personalNumber: anna.personalNumber } });
  });

  it('refuses a stale or forged QR code and leaves the order untouched', async () => {
    const order = await bankId.auth({ endUserIp: '192.0.2.10' });
    const firstCode = bankIdQrData(order.qrStartToken, order.qrStartSecret, 0);
    clock.advance(30_000);

    const stale = await testApp.openByQr(firstCode);
    expect(stale.status).toBe(400);
    expect(stale.html).toContain('QR-koden är för gammal');
    expect(stale.html).toContain('aria-invalid="true"');

    const forged = await testApp.openByQr(bankIdQrData(order.qrStartToken, 'guessed secret', 30));
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('QR-koden stämmer inte');

    expect(await bankId.collect(order.orderRef)).toEqual({ status: 'pending', hintCode: 'outstandingTransaction' });
  });
});

describe('BankID RP adapter when BankID misbehaves', () => {
  let stub: FastifyInstance;
  let stubOrigin: string;

  beforeAll(async () => {
    stub = Fastify();
    stub.post('/maintenance/rp/v6.0/auth', async (_request, reply) => reply.status(503).send({ errorCode: 'maintenance', details: 'Down for maintenance' }));
    stub.post('/html-error/rp/v6.0/collect', async (_request, reply) => reply.status(502).type('text/html').send('<h1>Bad gateway</h1>'));
    stub.post('/odd-shape/rp/v6.0/collect', async () => ({ orderRef: 'x', status: 'complete', completionData: { user: { personalNumber: 'not a number' } } }));
    stub.post('/busy/rp/v6.0/auth', async (_request, reply) => reply.status(400).send({ errorCode: 'alreadyInProgress', details: 'Order already in progress for pno' }));
    stub.post('/slow/rp/v6.0/collect', async () => new Promise((resolve) => setTimeout(() => resolve({}), 2_000)));
    stubOrigin = await stub.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(() => stub.close());

  const at = (path: string, timeoutMs?: number) => new BankIdRpAdapter({ baseUrl: `${stubOrigin}/${path}/rp/v6.0`, timeoutMs });

  it('reports maintenance, 5xx pages, odd shapes, timeouts and a closed port as unavailable', async () => {
    await expect(at('maintenance').auth({ endUserIp: '192.0.2.10' })).rejects.toBeInstanceOf(BankIdUnavailableError);
    await expect(at('html-error').collect('x')).rejects.toBeInstanceOf(BankIdUnavailableError);
    await expect(at('odd-shape').collect('x')).rejects.toBeInstanceOf(BankIdUnavailableError);
    await expect(at('slow', 200).collect('x')).rejects.toBeInstanceOf(BankIdUnavailableError);
    const closed = Fastify();
    const closedOrigin = await closed.listen({ host: '127.0.0.1', port: 0 });
    await closed.close();
    await expect(new BankIdRpAdapter({ baseUrl: `${closedOrigin}/rp/v6.0` }).collect('x')).rejects.toBeInstanceOf(BankIdUnavailableError);
  });

  it('passes on alreadyInProgress as a rejection', async () => {
    await expect(at('busy').auth({ endUserIp: '192.0.2.10' })).rejects.toMatchObject({ name: 'BankIdRejectedError', errorCode: 'alreadyInProgress' });
  });
});
