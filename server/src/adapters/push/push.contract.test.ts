import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushPayload, PushSubscriptionKeys } from './push.port.ts';
import { LocalPushOutbox } from './local-outbox.adapter.ts';
import { generateVapidKeys, WebPush } from './web-push.adapter.ts';

const vapid = { ...generateVapidKeys(), subject: 'mailto:vardkontakten@example.se' };
const payload: PushPayload = { title: 'Vårdkontakten', body: 'Du har ett nytt meddelande i Vårdkontakten', url: '/meddelanden' };

// The browser's side of the subscription: its key pair and auth secret.
const browserKeys = createECDH('prime256v1');
browserKeys.generateKeys();
const authSecret = randomBytes(16);
const subscriptionTo = (endpoint: string): PushSubscriptionKeys => ({
  endpoint,
  keys: { p256dh: browserKeys.getPublicKey('base64url'), auth: authSecret.toString('base64url') },
});

/** RFC 8291 decryption of a one-record aes128gcm body, written from the RFC (not with web-push's own code). */
function decrypt(body: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const shared = browserKeys.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browserKeys.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
  const key = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', key, nonce);
  decipher.setAuthTag(record.subarray(-16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 and then zero padding.
  return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8');
}

/** Checks the ES256 signature with the VAPID public key and returns the JWT's claims. */
function verifiedClaims(jwt: string, publicKey: string): Record<string, unknown> {
  const [header = '', claims = '', signature = ''] = jwt.split('.');
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const valid = verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  expect(valid, 'JWT signature').toBe(true);
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'ES256' });
  return JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
}

let pushService: FastifyInstance;
let origin: string;
const received: { headers: Record<string, string | string[] | undefined>; body: Buffer }[] = [];
beforeAll(async () => {
  pushService = Fastify();
  pushService.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_r, body, done) => done(null, body));
  pushService.post('/push/:answer', async (request, reply) => {
    received.push({ headers: request.headers, body: request.body as Buffer });
    return reply.code(Number((request.params as { answer: string }).answer)).send();
  });
  origin = await pushService.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => pushService?.close());

describe('the push port', () => {
  it('web-push: posts a VAPID-signed, aes128gcm-encrypted notification that only the browser can read', async () => {
    expect(await new WebPush(vapid).send(subscriptionTo(`${origin}/push/201`), payload)).toBe('sent');

    const { headers, body } = received.at(-1)!;
    expect(headers['content-encoding']).toBe('aes128gcm');
    expect(headers.ttl).toBe(String(24 * 60 * 60));
    expect(headers.urgency).toBe('normal');
    const authorization = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(String(headers.authorization));
    expect(authorization?.[2]).toBe(vapid.publicKey);
    const claims = verifiedClaims(authorization![1]!, vapid.publicKey);
    expect(claims).toMatchObject({ aud: origin, sub: vapid.subject });
    // RFC 8292: in the future, and at most 24 hours ahead.
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(claims.exp).toBeLessThanOrEqual(Date.now() / 1000 + 24 * 60 * 60);
    expect(JSON.parse(decrypt(body))).toEqual(payload);
  });

  it.each([404, 410])('web-push: a subscription the push service no longer knows (%i) is gone', async (status) => {
    expect(await new WebPush(vapid).send(subscriptionTo(`${origin}/push/${status}`), payload)).toBe('gone');
  });

  it('web-push: any other refusal fails loudly instead of counting as sent', async () => {
    await expect(new WebPush(vapid).send(subscriptionTo(`${origin}/push/500`), payload)).rejects.toThrow(/500/);
  });

  it('the embedded outbox keeps what was pushed, per endpoint, newest first, and answers gone once forgotten', async () => {
    const outbox = new LocalPushOutbox(2);
    const other = { ...payload, url: '/' };
    expect(await outbox.send(subscriptionTo('local:a'), payload)).toBe('sent');
    await outbox.send(subscriptionTo('local:b'), payload);
    await outbox.send(subscriptionTo('local:a'), other);
    expect(outbox.sentTo('local:a')).toEqual([other]);
    expect(outbox.all()).toHaveLength(2);

    outbox.forget('local:a');
    expect(await outbox.send(subscriptionTo('local:a'), payload)).toBe('gone');
    expect(outbox.all()).toHaveLength(2);
  });
});
