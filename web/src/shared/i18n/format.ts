import type { Language } from './index.ts';

const TIME_ZONE = 'Europe/Stockholm';
const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "fredag 14 mars 2025 kl. 10:30" / "Friday, 14 March 2025 at 10:30" */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** "14 mars 2025 10:30" — compact, for tables */
export function formatDateTimeShort(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** "10:30" */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, no time zone): "14 mars 1985" */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Shows an identifier the way Swedes read it: 19850314-1234. */
export function formatIdentifier(identifier: string): string {
  const digits = identifier.replace(/[^0-9A-Za-z]/g, '');
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 8)}-${digits.slice(8)}` : identifier;
}

/** Picks the text of a `{ sv, en }` value for the current language. */
export function localized(text: { sv: string; en: string }, language: Language): string {
  return language === 'en' ? text.en || text.sv : text.sv;
}

/** The calendar day before a date (YYYY-MM-DD): an `endsOn` is the first day something no longer applies. */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Sweden, whatever the device's time zone. */
export function stockholmDay(iso: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) with its weekday: "tis 3 dec." (short) or "tisdag 3 december" (long). */
export function formatWeekday(isoDate: string, language: Language, length: 'short' | 'long'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale(language), { weekday: length, day: 'numeric', month: length, timeZone: 'UTC' }).format(date);
}

/** The day of an instant in Sweden, without the year: "3 december". */
export function formatDayMonth(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}
