import { describe, expect, it } from 'vitest';
import { subscriptionBody } from './subscription-body.ts';

describe('subscriptionBody', () => {
  it('keeps the endpoint and the two keys, and nothing else', () => {
    const json = { endpoint: 'https://push.example/abc', expirationTime: null, keys: { p256dh: 'BPk', auth: 'c2Vj', extra: 'x' } };
    expect(subscriptionBody(json)).toEqual({ endpoint: 'https://push.example/abc', keys: { p256dh: 'BPk', auth: 'c2Vj' } });
  });

  it('refuses a subscription without keys', () => {
    expect(() => subscriptionBody({ endpoint: 'https://push.example/abc' })).toThrow();
    expect(() => subscriptionBody({ endpoint: 'https://push.example/abc', keys: { p256dh: 'BPk' } })).toThrow();
  });
});
