import { formatDateTimeShort, formatTime, stockholmDay } from '../../../../shared/i18n/format.ts';
import type { Language } from '../../../../shared/i18n/index.ts';

/** "10:30" today, "14 mars 2025 10:30" on other days (Swedish time). */
export function formatMessageTime(iso: string, language: Language, now: Date = new Date()): string {
  return stockholmDay(iso) === stockholmDay(now.toISOString()) ? formatTime(iso, language) : formatDateTimeShort(iso, language);
}
