import { Button, Fieldset, Link, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, localized } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { CalendarIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useMyBookings } from '../../bookings/hooks/useMyBookings.ts';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { StepActions } from './StepActions.tsx';

const FIRST_ID = 'new-chat-booking';

/** R-BK-7: which of the person's coming bookings at this unit the request to cancel or move is about. */
export function BookingStep({ flow, unit }: { flow: NewChatFlow; unit: ChatStartOption }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bookings = useMyBookings();
  const [showMissing, setShowMissing] = useState(false);
  // Bookings name their unit but carry no id for it; a unit's name is unique in the region.
  const atUnit = (bookings.data?.upcoming ?? []).filter((b) => b.status === 'booked' && b.unit.id === unit.unitId);
  const chosen = atUnit.find((b) => b.id === flow.bookingId) ?? null;
  const refused = flow.refusal?.step === 'booking';
  const error = refused || (showMissing && !chosen) ? t('resident.messages.newChat.booking.missing') : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || refused) {
      setShowMissing(true);
      document.getElementById(FIRST_ID)?.focus();
      return;
    }
    flow.next();
  };

  if (bookings.isPending) return <Loading label={t('resident.messages.newChat.booking.loading')} />;
  if (bookings.isError) return <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} />;

  if (atUnit.length === 0) {
    return (
      <div className="vk-stack vk-stack--lg">
        <EmptyState icon={<CalendarIcon />} hint={t('resident.messages.newChat.booking.noneHint')}>
          {t('resident.messages.newChat.booking.none', { unit: unit.unitName })}
        </EmptyState>
        <Paragraph>
          <Link asChild>
            <RouterLink to={residentPaths.bookings}>{t('resident.messages.newChat.booking.bookings')}</RouterLink>
          </Link>
        </Paragraph>
        <div className="vk-actions">
          <Button variant="secondary" onClick={flow.back}>
            {t('resident.messages.newChat.back')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      <Fieldset>
        <Fieldset.Legend>{t('resident.messages.newChat.booking.legend')}</Fieldset.Legend>
        {atUnit.map((booking, index) => (
          <Radio
            key={booking.id}
            id={index === 0 ? FIRST_ID : undefined}
            name="new-chat-booking"
            value={booking.id}
            label={t('resident.messages.newChat.booking.option', { type: localized(booking.appointmentType, language), time: formatDateTime(booking.startsAt, language) })}
            description={t(`enums.bookingMode.${booking.mode}`)}
            checked={chosen?.id === booking.id}
            onChange={() => flow.chooseBooking(booking.id)}
            aria-invalid={error ? true : undefined}
          />
        ))}
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
      <StepActions onBack={flow.back} />
    </form>
  );
}
