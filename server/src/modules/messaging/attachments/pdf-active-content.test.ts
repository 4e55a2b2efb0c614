import { describe, expect, it } from 'vitest';
import { hasActiveContentInRawBytes } from './pdf-active-content.ts';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('active content in a PDF’s raw bytes', () => {
  it('names inside stream data are binary noise, not structure', () => {
    expect(hasActiveContentInRawBytes(latin1('1 0 obj << /Length 9 >> stream\n\x00/JS /AA\xff\nendstream endobj'))).toBe(false);
    expect(hasActiveContentInRawBytes(latin1('1 0 obj << /Length 9 >> stream\n\x00\xff\nendstream endobj 2 0 obj << /AA << >> >> endobj'))).toBe(true);
  });

  it('an unterminated stream is searched like the rest', () => {
    expect(hasActiveContentInRawBytes(latin1('1 0 obj << >> stream\n<< /S /JavaScript >>'))).toBe(true);
  });

  it('10 MB of crafted "stream" keywords take milliseconds, not hours', () => {
    const started = performance.now();
    expect(hasActiveContentInRawBytes(latin1(`%PDF-1.7\n${'stream\n'.repeat(1_400_000)}`))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
