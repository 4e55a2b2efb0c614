import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankIdQrData, QR_MAX_AGE_SECONDS, verifyBankIdQrData } from './bankid-qr.ts';

const token = '67df3917-fa0d-44e5-b327-edcc928297f8';
const secret = 'd28db9a7-4cde-429e-a983-359be676944c';

const lookupAt = (secondsSinceOrder: number) => (t: string) => (t === token ? { qrStartSecret: secret, secondsSinceOrder } : undefined);

describe('bankIdQrData', () => {
  it("matches BankID's published example for the first three seconds", () => {
    expect(bankIdQrData(token, secret, 0)).toBe(`bankid.${token}.0.dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8`);
    expect(bankIdQrData(token, secret, 1)).toBe(`bankid.${token}.1.949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2`);
    expect(bankIdQrData(token, secret, 2)).toBe(`bankid.${token}.2.a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3`);
  });

  it('is HMAC-SHA256 keyed by the secret over the decimal seconds, for any token, secret and time', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1 }), fc.nat({ max: 100_000 }), (t, s, time) => {
        const expected = createHmac('sha256', s).update(String(time)).digest('hex');
        expect(bankIdQrData(t, s, time)).toBe(`bankid.${t}.${time}.${expected}`);
      }),
    );
  });

  it('changes every second', () => {
    const codes = Array.from({ length: 30 }, (_, second) => bankIdQrData(token, secret, second));
    expect(new Set(codes).size).toBe(30);
    codes.forEach((code, second) => expect(code.split('.')[2]).toBe(String(second)));
  });

  it('refuses times that are not whole seconds since the order', () => {
    expect(() => bankIdQrData(token, secret, -1)).toThrow(RangeError);
    expect(() => bankIdQrData(token, secret, 1.5)).toThrow(RangeError);
    expect(() => bankIdQrData(token, secret, Number.NaN)).toThrow(RangeError);
  });
});

describe('verifyBankIdQrData', () => {
  it('accepts the code of any second within the allowed age of the order', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: QR_MAX_AGE_SECONDS }), (age, lag) => {
        fc.pre(lag <= age);
        expect(verifyBankIdQrData(bankIdQrData(token, secret, age - lag), lookupAt(age))).toEqual({ ok: true, qrStartToken: token });
      }),
    );
  });

  it('refuses a code older than the allowed age', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: QR_MAX_AGE_SECONDS + 1, max: 1_000 }), (time, lag) => {
        expect(verifyBankIdQrData(bankIdQrData(token, secret, time), lookupAt(time + lag))).toEqual({ ok: false, reason: 'stale' });
      }),
    );
  });

  it('refuses a code from a second the order has not reached', () => {
    expect(verifyBankIdQrData(bankIdQrData(token, secret, 5), lookupAt(5 - 1))).toMatchObject({ ok: true });
    expect(verifyBankIdQrData(bankIdQrData(token, secret, 7), lookupAt(5))).toEqual({ ok: false, reason: 'future' });
  });

  it('refuses a code made with another secret, or with any one character of the HMAC changed', () => {
    expect(verifyBankIdQrData(bankIdQrData(token, 'another secret', 3), lookupAt(3))).toEqual({ ok: false, reason: 'wrongCode' });
    const good = bankIdQrData(token, secret, 3);
    fc.assert(
      fc.property(fc.integer({ min: good.length - 64, max: good.length - 1 }), fc.constantFrom(...'0123456789abcdef'), (i, c) => {
        fc.pre(good[i] !== c);
        const tampered = good.slice(0, i) + c + good.slice(i + 1);
        expect(verifyBankIdQrData(tampered, lookupAt(3))).toEqual({ ok: false, reason: 'wrongCode' });
      }),
    );
  });

  it('refuses a code whose time was changed after signing', () => {
    const [, t, , code] = bankIdQrData(token, secret, 3).split('.');
    expect(verifyBankIdQrData(`bankid.${t}.4.${code}`, lookupAt(4))).toEqual({ ok: false, reason: 'wrongCode' });
  });

  it('refuses an unknown token', () => {
    expect(verifyBankIdQrData(bankIdQrData('00000000-0000-0000-0000-000000000000', secret, 0), lookupAt(0))).toEqual({ ok: false, reason: 'unknownToken' });
  });

  it('refuses anything not shaped like a BankID QR code', () => {
    for (const data of ['', 'bankid', `bankid.${token}.0`, `bankid.${token}.x.${'a'.repeat(64)}`, `bankid.${token}.01.${'a'.repeat(64)}`, `BANKID.${token}.0.${'a'.repeat(64)}`, `bankid.${token}.0.${'A'.repeat(64)}`, `bankid.${token}.0.${'a'.repeat(63)}`]) {
      expect(verifyBankIdQrData(data, lookupAt(0))).toEqual({ ok: false, reason: 'malformed' });
    }
    fc.assert(
      fc.property(fc.string(), (data) => {
        expect(verifyBankIdQrData(data, lookupAt(0)).ok).toBe(false);
      }),
    );
  });
});
