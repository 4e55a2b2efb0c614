import { describe, expect, it } from 'vitest';
import { sameOriginRedirect } from './same-origin-redirect.ts';

const publicUrl = 'https://vard.example.se';

describe('sameOriginRedirect', () => {
  it("follows a URL on the service's own origin", () => {
    expect(sameOriginRedirect('https://vard.example.se/portal/?signin=resume', publicUrl)).toBe('https://vard.example.se/portal/?signin=resume');
  });

  it('goes nowhere else', () => {
    for (const redirect of [
      undefined,
      '',
      'null',
      '/relative',
      '//evil.example/',
      'https://evil.example/',
      'https://vard.example.se.evil.example/',
      'https://vard.example.se@evil.example/',
      'http://vard.example.se/',
      'https://vard.example.se:8443/',
      'javascript:alert(1)',
      'data:text/html,hi',
    ]) {
      expect(sameOriginRedirect(redirect, publicUrl), String(redirect)).toBeUndefined();
    }
  });
});
