import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, canSignIn, luhnCheckDigit, makeIdentifier, parseIdentifier } from './identifier.rules.ts';

const today = new Date('2026-11-22T10:00:00Z');
const birthDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-21T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('R-ID-3: identifiers', () => {
  it('R-ID-3: every well-formed personnummer is accepted in all its written forms', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), (birthDate, serial) => {
        const id = makeIdentifier(birthDate, serial);
        const parsed = parseIdentifier(id, today);
        expect(parsed).toEqual({ kind: 'personnummer', normalized: id, birthDate });
        expect(parseIdentifier(`${id.slice(0, 8)}-${id.slice(8)}`, today)).toEqual(parsed);
      }),
    );
  });

  it('R-ID-3: a samordningsnummer (day + 60) is recognised with the real birth date', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), (birthDate, serial) => {
        const parsed = parseIdentifier(makeIdentifier(birthDate, serial, true), today);
        expect(parsed).toMatchObject({ kind: 'samordningsnummer', birthDate });
      }),
    );
  });

  it('R-ID-3: changing any one digit of a valid personnummer is refused', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), fc.integer({ min: 2, max: 11 }), fc.integer({ min: 1, max: 9 }), (birthDate, serial, pos, delta) => {
        const id = makeIdentifier(birthDate, serial);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect('problem' in parseIdentifier(changed, today)).toBe(true);
      }),
    );
  });

  it('R-ID-3: a ten-digit number takes the century that makes the person born in the past, + means over 100', () => {
    expect(parseIdentifier('811218-9876', today)).toMatchObject({ normalized: '198112189876' });
    expect(parseIdentifier('811218+9876', today)).toMatchObject({ normalized: '188112189876' });
    const child = makeIdentifier('2019-09-03', 342);
    expect(parseIdentifier(child.slice(2), today)).toMatchObject({ normalized: child });
  });

  it('R-ID-3: impossible dates, future dates and wrong formats are refused with the reason', () => {
    expect(parseIdentifier('19810230-0000', today)).toEqual({ problem: 'date' });
    expect(parseIdentifier(makeIdentifier('2027-01-01', 1), today)).toEqual({ problem: 'future' });
    expect(parseIdentifier('hello', today)).toEqual({ problem: 'format' });
    expect(parseIdentifier('19811218987', today)).toEqual({ problem: 'format' });
    expect(parseIdentifier('198112189875', today)).toEqual({ problem: 'check_digit' });
  });

  it('R-ID-3: a reserve number identifies a person but never signs in', () => {
    const parsed = parseIdentifier('19700101-R001', today);
    expect(parsed).toEqual({ kind: 'reserve', normalized: '19700101R001', birthDate: '1970-01-01' });
    expect(canSignIn('reserve')).toBe(false);
    expect(canSignIn('personnummer')).toBe(true);
    expect(canSignIn('samordningsnummer')).toBe(true);
  });

  it('the check digit is the Luhn digit of the nine digits before it', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
  });
});

describe('age', () => {
  it('a person reaches a new age on the birthday itself', () => {
    expect(ageOn('2013-11-22', today)).toBe(13);
    expect(ageOn('2013-11-23', today)).toBe(12);
  });

  it('age never decreases as days pass', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 5000 }), (birthDate, days) => {
        const later = new Date(today.getTime() + days * 86_400_000);
        expect(ageOn(birthDate, later)).toBeGreaterThanOrEqual(ageOn(birthDate, today));
      }),
    );
  });
});
