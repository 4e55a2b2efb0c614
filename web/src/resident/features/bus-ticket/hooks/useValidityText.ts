import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, formatDayMonth, formatTime, stockholmDay } from '../../../../shared/i18n/format.ts';

/** A ticket's window in words: "Gäller 3 december kl. 06:00–12:30" (or with both dates when it spans midnight). */
export function useValidityText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (from: string, until: string) =>
    stockholmDay(from) === stockholmDay(until)
      ? t('resident.busTicket.validSameDay', { day: formatDayMonth(from, language), from: formatTime(from, language), until: formatTime(until, language) })
      : t('resident.busTicket.validAcross', { from: formatDateTimeShort(from, language), until: formatDateTimeShort(until, language) });
}
