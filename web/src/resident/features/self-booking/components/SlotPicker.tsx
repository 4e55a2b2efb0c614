import { Button, Chip, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatTime, formatWeekday } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { CalendarIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { FEW_PLACES_LEFT, groupByDay, type FreeSlot } from '../hooks/slot-days.ts';
import { useFreeSlots } from '../hooks/useFreeSlots.ts';

interface Props {
  typeId: string;
  onChoose: (slot: FreeSlot) => void;
  /** Shown above the times, e.g. that the time chosen before was just taken. */
  notice?: ReactNode;
  /** Leave out the time the person has now (when moving a booking). */
  excludeStartsAt?: string;
  /** Other buttons beside "Fortsätt" (e.g. back). */
  actions?: ReactNode;
}

const TIME_ERROR_ID = 'slot-time-error';

/**
 * The free times of an appointment type: first a day (days in Swedish time), then a time that day.
 * Both are radio groups, so arrow keys move within them; "Fortsätt" takes the chosen time.
 */
export function SlotPicker({ typeId, onChoose, notice, excludeStartsAt, actions }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const slots = useFreeSlots(typeId);
  const days = useMemo(() => groupByDay((slots.data?.slots ?? []).filter((s) => s.startsAt !== excludeStartsAt)), [slots.data, excludeStartsAt]);
  const [dayKey, setDayKey] = useState<string | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [showError, setShowError] = useState(false);

  const day = days.find((d) => d.day === dayKey) ?? days[0];
  // A time that is gone from a fresh list is no longer chosen.
  const chosen = day?.slots.find((s) => s.id === slotId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setShowError(true);
      return;
    }
    onChoose(chosen);
  };

  return (
    <div className="vk-stack">
      {notice}
      {slots.isPending ? <Loading label={t('resident.selfBooking.times.loading')} /> : null}
      {slots.isError ? <ErrorAlert error={slots.error} onRetry={() => void slots.refetch()} /> : null}
      {slots.data && !day ? (
        <EmptyState icon={<CalendarIcon />} hint={t('resident.selfBooking.times.noneHint')}>
          {t('resident.selfBooking.times.none')}
        </EmptyState>
      ) : null}
      {day ? (
        <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
          <Paragraph data-size="sm" className="vk-muted">
            {t('resident.selfBooking.times.window')}
          </Paragraph>
          <Fieldset>
            <Fieldset.Legend>{t('resident.selfBooking.times.dayLegend')}</Fieldset.Legend>
            <div className="vk-chips">
              {days.map((d) => (
                <Chip.Radio
                  key={d.day}
                  name="slot-day"
                  value={d.day}
                  checked={d.day === day.day}
                  onChange={() => {
                    setDayKey(d.day);
                    setSlotId(null);
                    setShowError(false);
                  }}
                >
                  {formatWeekday(d.day, language, 'short')}
                </Chip.Radio>
              ))}
            </div>
          </Fieldset>
          <Fieldset aria-describedby={showError && !chosen ? TIME_ERROR_ID : undefined}>
            <Fieldset.Legend>{t('resident.selfBooking.times.timeLegend', { day: formatWeekday(day.day, language, 'long') })}</Fieldset.Legend>
            <div className="vk-slot-grid">
              {day.slots.map((slot) => (
                <Chip.Radio
                  key={slot.id}
                  name="slot-time"
                  value={slot.id}
                  checked={slot.id === chosen?.id}
                  onChange={() => {
                    setSlotId(slot.id);
                    setShowError(false);
                  }}
                  data-wrap="wrap"
                  className="vk-slot"
                >
                  <span className="vk-slot__time">{formatTime(slot.startsAt, language)}</span>
                  {slot.remaining <= FEW_PLACES_LEFT ? <span className="vk-slot__few">{t('resident.selfBooking.times.fewLeft')}</span> : null}
                </Chip.Radio>
              ))}
            </div>
            {showError && !chosen ? <ValidationMessage id={TIME_ERROR_ID}>{t('resident.selfBooking.times.chooseTime')}</ValidationMessage> : null}
          </Fieldset>
          <div className="vk-actions">
            <Button type="submit">{t('resident.selfBooking.continue')}</Button>
            {actions}
          </div>
        </form>
      ) : null}
      {!day && actions ? <div className="vk-actions">{actions}</div> : null}
    </div>
  );
}
