import type { OpeningHour } from '../../../../shared/contracts.ts';
import type { Language } from '../../../../shared/i18n/index.ts';

/** Days in a row with the same hours, read as one line: Monday–Friday 08:00–17:00. */
export interface OpeningHoursRow {
  /** 1 = Monday … 7 = Sunday */
  from: number;
  to: number;
  opens: string;
  closes: string;
}

export function openingHoursRows(hours: readonly OpeningHour[]): OpeningHoursRow[] {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  const rows: OpeningHoursRow[] = [];
  for (const h of sorted) {
    const last = rows.at(-1);
    if (last && last.to === h.weekday - 1 && last.opens === h.opens && last.closes === h.closes) last.to = h.weekday;
    else rows.push({ from: h.weekday, to: h.weekday, opens: h.opens, closes: h.closes });
  }
  return rows;
}

/** The weekday's name as written inside a sentence: "måndag", "Monday". */
export function weekdayName(weekday: number, language: Language): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** A line that starts with a weekday starts with a capital: "Måndag–fredag". */
export function capitalise(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
