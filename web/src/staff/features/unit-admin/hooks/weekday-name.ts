import type { Language } from '../../../../shared/i18n/index.ts';

/** "Måndag" … "Söndag" for weekday 1–7 (Monday first, as the contract counts). */
export function weekdayName(weekday: number, language: Language): string {
  // 1 January 2024 was a Monday.
  const name = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
