import { describe, expect, it } from 'vitest';
import { scanText } from './scan-logs.mjs';

const kinds = (text) => scanText(text).map((f) => f.kind);

describe('the log scan', () => {
  it('finds personnummer and samordningsnummer in 12 and 10 digits, with or without a separator', () => {
    expect(kinds('{"who":"191212121212"}')).toEqual(['personnummer (12 digits)']);
    expect(kinds('{"who":"19121212-1212"}')).toEqual(['personnummer (12 digits)']);
    expect(kinds('{"who":"121212-1212"}')).toEqual(['personnummer (10 digits)']);
    expect(kinds('{"who":"197010632391"}')).toEqual(['personnummer (12 digits)']);
  });

  it('does not mistake request ids, times and durations for personnummer', () => {
    expect(kinds('{"time":1764633600000,"reqId":"19121212-1212-4abc-8def-123456789012","responseTime":3.191212121212,"at":"2026-11-22T09:00:00.000Z"}')).toEqual([]);
  });

  it('finds session cookies, bearer tokens, BankID secrets and bus-ticket codes', () => {
    expect(kinds('cookie: sid=Abc123def456ghi789jkl0')).toEqual(['session or CSRF cookie']);
    expect(kinds('authorization: Bearer test-ehr-token-4f7c1d9e2b8a6c3f5e0d')).toEqual(['bearer token']);
    expect(kinds('{"qrStartSecret":"x"}')).toEqual(['BankID order secret']);
    expect(kinds('code T1.eyJiIjoiMTIzIn0.AbCdEfGhIjKlMnOp')).toEqual(['bus-ticket code']);
  });

  it('finds message text: the hostile corpus marker and text or body fields', () => {
    expect(kinds('{"msg":"<img src=x onerror=window.__xss=1>"}')).toEqual(['message text (test corpus)']);
    expect(kinds('{"text":"Jag har ont i magen"}')).toEqual(['text or body field']);
  });

  it('passes a plain request log line', () => {
    expect(kinds('{"level":30,"reqId":"0b6c3a4e-1f2d-4c5b-9a8e-7d6f5e4c3b2a","req":{"method":"POST","path":"/api/me/conversations"},"res":{"statusCode":201},"msg":"request completed"}')).toEqual([]);
  });
});
