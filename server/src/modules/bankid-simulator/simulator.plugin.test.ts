import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import type { DemoIdentity } from '../../seed/demo-people.ts';
import { bankIdSimulatorPlugin } from './simulator.plugin.ts';

const identities: DemoIdentity[] = [
  { personalNumber: '198503142382', givenName: 'Anna', surname: 'Lindqvist', label: 'Invånare' },
  { personalNumber: '197802118014', givenName: 'Maria', surname: '<Ek>', label: 'Vårdpersonal, HSA-ID SE2321000198-P0001' },
];

let app: FastifyInstance;

beforeEach(async () => {
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(swagger, { openapi: { info: { title: 't', version: '1' } }, transform: jsonSchemaTransform });
  await app.register(bankIdSimulatorPlugin, { prefix: '/bankid-sim', clock: new ManualClock(), identities, publicUrl: 'http://care.test' });
  app.post('/elsewhere', async (request) => ({ got: request.body }));
  await app.ready();
});

afterEach(() => app.close());

const rp = (method: 'auth' | 'collect' | 'cancel', payload: unknown) => app.inject({ method: 'POST', url: `/bankid-sim/rp/v6.0/${method}`, payload: payload as object });

describe('BankID simulator RP API', () => {
  it('appears in the OpenAPI document under its own tag', () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    for (const path of ['/bankid-sim/rp/v6.0/auth', '/bankid-sim/rp/v6.0/collect', '/bankid-sim/rp/v6.0/cancel', '/bankid-sim/app/approve']) {
      expect(doc.paths[path]?.post?.tags, path).toEqual(['BankID simulator']);
    }
    expect(doc.paths['/bankid-sim/app']?.get?.tags).toEqual(['BankID simulator']);
  });

  it('answers bad input the way BankID does', async () => {
    const badIp = await rp('auth', { endUserIp: 'not an ip' });
    expect(badIp.statusCode).toBe(400);
    expect(badIp.json()).toEqual({ errorCode: 'invalidParameters', details: 'Invalid endUserIp' });
    expect((await rp('collect', {})).json()).toMatchObject({ errorCode: 'invalidParameters' });
    expect((await rp('cancel', { orderRef: 'nope' })).json()).toEqual({ errorCode: 'invalidParameters', details: 'No such order' });
    const notJson = await app.inject({ method: 'POST', url: '/bankid-sim/rp/v6.0/auth', headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    expect(notJson.statusCode).toBe(415);
    expect(notJson.json()).toMatchObject({ errorCode: 'unsupportedMediaType' });
  });

  it("cancels a person's running order when a second one names the same person, and refuses the second", async () => {
    const first = (await rp('auth', { endUserIp: '192.0.2.1', requirement: { personalNumber: '198503142382' } })).json();
    const second = await rp('auth', { endUserIp: '192.0.2.1', requirement: { personalNumber: '198503142382' } });
    expect(second.statusCode).toBe(400);
    expect(second.json()).toMatchObject({ errorCode: 'alreadyInProgress' });
    expect((await rp('collect', { orderRef: first.orderRef })).json()).toEqual({ orderRef: first.orderRef, status: 'failed', hintCode: 'cancelled' });
  });

  it('offers only the required person, and shows the text the service sent', async () => {
    const order = (await rp('auth', { endUserIp: '192.0.2.1', requirement: { personalNumber: '197802118014' }, userVisibleData: Buffer.from('Logga in på *Vården*').toString('base64') })).json();
    const page = await app.inject({ url: `/bankid-sim/app?autostarttoken=${order.autoStartToken}` });
    expect(page.body).toContain('Logga in på *Vården*');
    expect(page.body).toContain('&lt;Ek&gt;');
    expect(page.body).not.toContain('Anna Lindqvist');
    const wrongPerson = await app.inject({ method: 'POST', url: '/bankid-sim/app/approve', payload: new URLSearchParams({ ref: /name="ref" value="([^"]+)"/.exec(page.body)![1]!, personalNumber: '198503142382' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(wrongPerson.statusCode).toBe(400);
    expect(wrongPerson.body).toContain('Välj vem du legitimerar dig som.');
  });
});

describe('Test-BankID app pages', () => {
  it('are Swedish, self-contained HTML that the site CSP allows: no inline script or style', async () => {
    const order = (await rp('auth', { endUserIp: '192.0.2.1' })).json();
    for (const url of ['/bankid-sim/app', `/bankid-sim/app?autostarttoken=${order.autoStartToken}`]) {
      const page = await app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<html lang="sv">');
      expect(page.body).toContain('<meta name="viewport"');
      expect(page.body).toMatch(/<h1>[^<]+<\/h1>/);
      expect(page.body).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    }
    const start = await app.inject({ url: '/bankid-sim/app' });
    expect(start.body).toContain('<label for="qrData">QR-kodens innehåll</label>');
    const css = await app.inject({ url: '/bankid-sim/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain(':focus-visible');
  });

  it('shows an unknown autostart token as a page, not an error body', async () => {
    const page = await app.inject({ url: '/bankid-sim/app?autostarttoken=unknown' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Ordern finns inte');
  });

  it('answers a malformed form with an HTML page', async () => {
    const page = await app.inject({ method: 'POST', url: '/bankid-sim/app/cancel', payload: 'ref=not-a-uuid', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('keeps its form parser to itself', async () => {
    const elsewhere = await app.inject({ method: 'POST', url: '/elsewhere', payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(elsewhere.statusCode).toBe(415);
  });
});

describe('BankID simulator inside a server that already parses forms', () => {
  it('uses the existing parser rather than failing to register', async () => {
    const host = Fastify();
    host.setValidatorCompiler(validatorCompiler);
    host.setSerializerCompiler(serializerCompiler);
    host.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))));
    await host.register(bankIdSimulatorPlugin, { prefix: '/bankid-sim', clock: new ManualClock(), identities, publicUrl: 'http://care.test' });
    await expect(host.ready()).resolves.toBeDefined();
    await host.close();
  });
});
