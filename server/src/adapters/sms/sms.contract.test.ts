import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FortySixElksSms } from './forty-six-elks.adapter.ts';
import { LocalSmsOutbox } from './local-outbox.adapter.ts';

let gateway: FastifyInstance;
let baseUrl: string;
const received: Record<string, string>[] = [];
beforeAll(async () => {
  gateway = Fastify();
  gateway.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));
  gateway.post('/a1/sms', async (request, reply) => {
    if (request.headers.authorization !== `Basic ${Buffer.from('u:p').toString('base64')}`) return reply.code(401).send('Unauthorized');
    const form = request.body as Record<string, string>;
    received.push(form);
    return { id: 's' + received.length, status: 'created', to: form.to, from: form.from, message: form.message };
  });
  baseUrl = await gateway.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => gateway?.close());

describe('the SMS port', () => {
  it('46elks: sends the message as a form with basic auth and returns the gateway id', async () => {
    const sms = new FortySixElksSms({ username: 'u', password: 'p', from: 'Region', baseUrl });
    expect(await sms.send({ to: '+46701234567', text: 'Hej' })).toEqual({ id: 's1' });
    expect(received.at(-1)).toEqual({ from: 'Region', to: '+46701234567', message: 'Hej' });
  });

  it('46elks: a refused request fails loudly instead of counting as sent', async () => {
    await expect(new FortySixElksSms({ username: 'u', password: 'wrong', from: 'Region', baseUrl }).send({ to: '+46701234567', text: 'Hej' })).rejects.toThrow(/401/);
  });

  it('the embedded outbox keeps what was sent, per number, newest first', async () => {
    const outbox = new LocalSmsOutbox(2);
    await outbox.send({ to: '+461', text: 'a' });
    await outbox.send({ to: '+462', text: 'b' });
    await outbox.send({ to: '+461', text: 'c' });
    expect(outbox.sentTo('+461').map((m) => m.text)).toEqual(['c']);
    expect(outbox.all()).toHaveLength(2);
  });
});
