import { swedishDate } from '../../platform/local-date.ts';
import type { IdentifierKind } from '../../../../contracts/enums.ts';

export type ParsedIdentifier = {
  kind: IdentifierKind;
  /** Twelve characters without separator: YYYYMMDDNNNC, or YYYYMMDD + letter + 3 digits for reserve numbers. */
  normalized: string;
  /** ISO date; for a samordningsnummer the day has 60 taken off. */
  birthDate: string;
};

export type IdentifierProblem = 'format' | 'date' | 'check_digit' | 'future';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Luhn over the ten digits YYMMDDNNN; returns the check digit. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * R-ID-3: personnummer and samordningsnummer are checked for format, date and check digit.
 * Ten-digit forms get their century from `today` (a `+` separator means 100 years or older).
 * A reserve number (region format: birth date, one letter, three digits) identifies but never signs in.
 */
export function parseIdentifier(input: string, today: Date): ParsedIdentifier | { problem: IdentifierProblem } {
  const raw = input.trim().replace(/\s/g, '').toUpperCase();
  const reserve = /^(\d{8})-?([A-Z]\d{3})$/.exec(raw);
  if (reserve) {
    const [, ymd = '', tail = ''] = reserve;
    const y = Number(ymd.slice(0, 4)), m = Number(ymd.slice(4, 6)), d = Number(ymd.slice(6, 8));
    if (!isCalendarDate(y, m, d)) return { problem: 'date' };
    return { kind: 'reserve', normalized: ymd + tail, birthDate: `${y}-${pad(m)}-${pad(d)}` };
  }
  const match = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(raw);
  if (!match) return { problem: 'format' };
  const [, century, yymmdd = '', separator, last4 = ''] = match;
  const yy = Number(yymmdd.slice(0, 2)), mm = Number(yymmdd.slice(2, 4)), ddRaw = Number(yymmdd.slice(4, 6));
  const isCoordination = ddRaw > 60;
  const dd = isCoordination ? ddRaw - 60 : ddRaw;
  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
  } else {
    const thisYear = today.getUTCFullYear();
    year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (!isCalendarDate(year, mm, dd)) return { problem: 'date' };
  const birthDate = `${year}-${pad(mm)}-${pad(dd)}`;
  if (birthDate > today.toISOString().slice(0, 10)) return { problem: 'future' };
  if (luhnCheckDigit(yymmdd + last4.slice(0, 3)) !== Number(last4[3])) return { problem: 'check_digit' };
  return {
    kind: isCoordination ? 'samordningsnummer' : 'personnummer',
    normalized: `${pad(year, 4)}${yymmdd.slice(2)}${last4}`,
    birthDate,
  };
}

/** R-ID-3: only personnummer and samordningsnummer may sign in. */
export function canSignIn(kind: IdentifierKind): boolean {
  return kind !== 'reserve';
}

/** Builds a valid identifier for a birth date and a three-digit serial (seed data and tests). */
export function makeIdentifier(birthDate: string, serial: number, coordination = false): string {
  const [y = '', m = '', d = ''] = birthDate.split('-');
  const day = pad(Number(d) + (coordination ? 60 : 0));
  const nine = `${y.slice(2)}${m}${day}${pad(serial, 3)}`;
  return `${y}${m}${day}${pad(serial, 3)}${luhnCheckDigit(nine)}`;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The day a person born on `birthDate` turns `years`. Someone born on a leap day turns a year
 * older on 1 March in years without 29 February.
 */
export function birthdayOn(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/** Age in whole years on a Swedish calendar day: a year is reached on the birthday itself. */
export function ageOnDate(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return birthdayOn(birthDate, years) <= today ? years : years - 1;
}

/** Age in whole years at an instant, counted in Swedish calendar days. */
export function ageOn(birthDate: string, at: Date): number {
  return ageOnDate(birthDate, swedishDate(at));
}
