import { useTranslation } from 'react-i18next';
import type { InboxResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, formatTime, stockholmDay } from '../../../../shared/i18n/format.ts';
import { durationText } from '../hooks/waiting-time.ts';

/** R-MS-12: what the unit watches: how many new conversations wait, and since when the oldest has waited. */
export function InboxSummary({ summary, now }: { summary: InboxResponse['summary']; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const oldest = summary.oldestWaitingSince;
  const sameDay = oldest !== null && stockholmDay(oldest) === stockholmDay(new Date(now).toISOString());

  return (
    <p className="vk-inbox-summary">
      <strong>{t('staff.messages.inbox.summary.new', { count: summary.new })}</strong>
      {oldest ? (
        <>
          {', '}
          {t('staff.messages.inbox.summary.oldest', {
            time: sameDay ? formatTime(oldest, language) : formatDateTimeShort(oldest, language),
            duration: durationText(t, oldest, now),
          })}
        </>
      ) : (
        <>
          {'. '}
          {t('staff.messages.inbox.summary.noneWaiting')}
        </>
      )}
    </p>
  );
}
