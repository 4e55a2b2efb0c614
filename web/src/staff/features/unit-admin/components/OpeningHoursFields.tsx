import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { weekdays, type HoursDraft } from '../hooks/chat-settings-draft.ts';
import { weekdayName } from '../hooks/weekday-name.ts';

interface Props {
  hours: HoursDraft[];
  /** Messages by request path, e.g. `openingHours.2.closes`. */
  messages: Record<string, string>;
  onChange: (hours: HoursDraft[]) => void;
}

/** R-MS-5: when live chat is open, day by day; a day may have several intervals, or none (closed). */
export function OpeningHoursFields({ hours, messages, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = (key: string, change: Partial<HoursDraft>) => onChange(hours.map((h) => (h.key === key ? { ...h, ...change } : h)));

  return (
    <Fieldset className="vk-settings-group">
      <Fieldset.Legend>{t('staff.chatSettings.hours.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('staff.chatSettings.hours.intro')}</Fieldset.Description>
      <ul className="vk-list-reset vk-hours">
        {weekdays.map((weekday) => {
          const day = weekdayName(weekday, language);
          const intervals = hours.map((h, index) => ({ h, index })).filter(({ h }) => h.weekday === weekday);
          return (
            <li key={weekday} className="vk-hours__day">
              <span className="vk-hours__name" id={`weekday-${weekday}`}>
                {day}
              </span>
              <div className="vk-hours__intervals" role="group" aria-labelledby={`weekday-${weekday}`}>
                {intervals.length === 0 ? <span className="vk-muted">{t('staff.chatSettings.hours.closed')}</span> : null}
                {intervals.map(({ h, index }) => (
                  <div key={h.key} className="vk-hours__interval">
                    <Textfield type="time" label={t('staff.chatSettings.hours.opens')} value={h.opens} onChange={(e) => set(h.key, { opens: e.target.value })} error={messages[`openingHours.${index}.opens`]} />
                    <Textfield type="time" label={t('staff.chatSettings.hours.closes')} value={h.closes} onChange={(e) => set(h.key, { closes: e.target.value })} error={messages[`openingHours.${index}.closes`]} />
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(hours.filter((x) => x.key !== h.key))}>
                      {t('staff.chatSettings.hours.remove')}
                      <span className="ds-sr-only">{` ${day} ${h.opens}–${h.closes}`}</span>
                    </Button>
                  </div>
                ))}
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  disabled={hours.length >= 21}
                  onClick={() => onChange([...hours, { key: crypto.randomUUID(), weekday, opens: '08:00', closes: '17:00' }])}
                >
                  {t('staff.chatSettings.hours.add')}
                  <span className="ds-sr-only"> {day}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
