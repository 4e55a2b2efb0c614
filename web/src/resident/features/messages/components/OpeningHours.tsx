import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { OpeningHour } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { capitalise, openingHoursRows, weekdayName } from '../hooks/opening-hours.ts';

/** When live chat is open, in Swedish time: "Måndag–fredag: 08:00–17:00". */
export function OpeningHours({ hours }: { hours: OpeningHour[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = openingHoursRows(hours);

  const days = (from: number, to: number) =>
    capitalise(from === to ? weekdayName(from, language) : t('resident.messages.newChat.mode.dayRange', { from: weekdayName(from, language), to: weekdayName(to, language) }), language);

  return (
    <div className="vk-stack vk-stack--sm">
      <Heading level={3} data-size="2xs">
        {t('resident.messages.newChat.mode.hours')}
      </Heading>
      {rows.length === 0 ? <Paragraph data-size="sm">{t('resident.messages.newChat.mode.noHours')}</Paragraph> : null}
      {rows.length > 0 ? (
        <ul className="vk-list-reset vk-hours">
          {rows.map((row) => (
            <li key={`${row.from}-${row.opens}`}>{t('resident.messages.newChat.mode.hoursRow', { days: days(row.from, row.to), opens: row.opens, closes: row.closes })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
