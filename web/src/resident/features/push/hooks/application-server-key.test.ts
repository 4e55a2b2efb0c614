import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, madeWithKey } from './application-server-key.ts';

describe('base64UrlToBytes', () => {
  it('reads the URL-safe alphabet without padding, as VAPID keys are written', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x01]);
    const written = Buffer.from(bytes).toString('base64url');
    expect(written).toBe('-_-_AAE');
    expect(base64UrlToBytes(written)).toEqual(bytes);
  });

  it('gives the 65 bytes of an uncompressed P-256 public key', () => {
    const key = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 0xab)]);
    const bytes = base64UrlToBytes(key.toString('base64url'));
    expect(bytes).toHaveLength(65);
    expect(Buffer.from(bytes).equals(key)).toBe(true);
  });

  it('accepts padded input too', () => {
    expect(base64UrlToBytes('AQ==')).toEqual(Uint8Array.from([1]));
  });
});

describe('madeWithKey', () => {
  const key = Uint8Array.from([4, 1, 2, 3]);
  it('is true only for the same bytes', () => {
    expect(madeWithKey(Uint8Array.from([4, 1, 2, 3]).buffer, key)).toBe(true);
    expect(madeWithKey(Uint8Array.from([4, 1, 2, 9]).buffer, key)).toBe(false);
    expect(madeWithKey(Uint8Array.from([4, 1, 2]).buffer, key)).toBe(false);
    expect(madeWithKey(null, key)).toBe(false);
  });
});
