import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { isApiError } from '../../../../shared/api/client.ts';
import type { Answers, SelfBookingOffer } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, formatTime, localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { residentLinks, residentPaths } from '../../../paths.ts';
import type { BookingOutcome } from '../../bookings/components/BookingPage.tsx';
import type { Attempt } from '../hooks/useSelfBookingFlow.ts';
import { useBookTime } from '../hooks/useSelfBookingActions.ts';
import { useUnitContact } from '../hooks/useUnitContact.ts';
import { BookingForNote } from './BookingForNote.tsx';

interface Props {
  offer: SelfBookingOffer;
  attempt: Attempt;
  answers: Answers;
  onTaken: () => void;
  onBack: () => void;
}

const HOUR = 3_600_000;

/** What, where, when and until when it can be cancelled; "Boka" books it (a retry reuses the attempt's id). */
export function ConfirmStep({ offer, attempt, answers, onTaken, onBack }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const book = useBookTime();
  const contact = useUnitContact(offer.unit.id);
  const { slot, requestId } = attempt;
  const cutOff = new Date(Date.parse(slot.startsAt) - offer.cancelCutoffHours * HOUR).toISOString();

  const onBook = () =>
    book.mutate(
      { slotId: slot.id, answers, requestId },
      {
        onSuccess: ({ bookingId }) => {
          const state: BookingOutcome = { outcome: 'booked' };
          void navigate(residentLinks.booking(bookingId), { state });
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'slot_full') onTaken();
        },
      },
    );

  const alreadyBooked = isApiError(book.error) && book.error.code === 'already_booked';

  return (
    <div className="vk-stack vk-stack--lg">
      <dl className="vk-facts vk-summary">
        <dt>{t('resident.selfBooking.confirm.what')}</dt>
        <dd>{localized(offer.appointmentType.name, language)}</dd>
        <dt>{t('resident.selfBooking.confirm.where')}</dt>
        <dd>
          <div>{offer.unit.name}</div>
          <div>{contact ? `${contact.streetAddress}, ${contact.postalCode} ${contact.city}` : offer.unit.city}</div>
        </dd>
        <dt>{t('resident.selfBooking.confirm.when')}</dt>
        <dd className="vk-summary__when">
          {t('resident.selfBooking.confirm.whenValue', {
            start: formatDateTime(slot.startsAt, language),
            end: formatTime(slot.endsAt, language),
            minutes: offer.appointmentType.durationMinutes,
          })}
        </dd>
        <dt>{t('resident.selfBooking.confirm.cancel')}</dt>
        <dd>
          {Date.parse(cutOff) > Date.now()
            ? t('resident.selfBooking.confirm.cancelUntil', { date: formatDateTime(cutOff, language) })
            : t('resident.selfBooking.confirm.cancelByPhone')}
        </dd>
      </dl>
      <BookingForNote text={(name) => t('resident.selfBooking.confirm.forOther', { name })} />
      {book.isError && !(isApiError(book.error) && book.error.code === 'slot_full') ? <ErrorAlert error={book.error} /> : null}
      {alreadyBooked ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={residentPaths.bookings}>{t('resident.bookings.detail.allBookings')}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      <div className="vk-actions">
        <Button onClick={onBook} loading={book.isPending} disabled={book.isPending || alreadyBooked}>
          {t('resident.selfBooking.confirm.book')}
        </Button>
        <Button variant="tertiary" onClick={onBack} disabled={book.isPending}>
          {t('resident.selfBooking.confirm.changeTime')}
        </Button>
      </div>
    </div>
  );
}
