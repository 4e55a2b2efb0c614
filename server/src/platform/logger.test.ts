import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loggablePath } from './logger.ts';

describe('the path as logged', () => {
  it('keeps route words, ids and static file names, so a log line still says what was asked for', () => {
    expect(loggablePath('/api/staff/residents/4f0c7f3e-2b1a-4c3d-9e8f-0a1b2c3d4e5f/overview?x=1')).toBe('/api/staff/residents/4f0c7f3e-2b1a-4c3d-9e8f-0a1b2c3d4e5f/overview');
    expect(loggablePath('/api/fhir/r4/Appointment')).toBe('/api/fhir/r4/Appointment');
    expect(loggablePath('/assets/index-DdK3x9aZ.js')).toBe('/assets/index-DdK3x9aZ.js');
    expect(loggablePath('/.well-known/security.txt')).toBe('/.well-known/security.txt');
  });

  it('masks a personnummer or a token typed into a path', () => {
    expect(loggablePath('/api/staff/residents/19121212-1212')).toBe('/api/staff/residents/:masked');
    expect(loggablePath('/api/me/care-units/191212121212/x')).toBe('/api/me/care-units/:masked/x');
    expect(loggablePath('/api/bus/T1.abcdefgh.ijklmnop')).toBe('/api/bus/:masked');
  });

  it('never lets six digits in a row through, whatever surrounds them', () => {
    const segment = fc.tuple(fc.stringMatching(/^[A-Za-z.-]{0,5}$/), fc.stringMatching(/^\d{6,12}$/), fc.stringMatching(/^[-+]?\d{0,4}$/)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(segment, fc.constantFrom('api', 'staff', 'residents')), { minLength: 1, maxLength: 6 }), (segments) => {
        expect(loggablePath(`/${segments.join('/')}`)).not.toMatch(/\d{6}/);
      }),
    );
  });
});
