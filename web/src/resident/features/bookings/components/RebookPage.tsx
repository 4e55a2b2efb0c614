import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../../shared/api/client.ts';
import { useFocusOnChange } from '../../../../shared/hooks/useFocusOnChange.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentLinks } from '../../../paths.ts';
import { SlotPicker } from '../../self-booking/components/SlotPicker.tsx';
import type { FreeSlot } from '../../self-booking/hooks/slot-days.ts';
import { useDropSlot } from '../../self-booking/hooks/useFreeSlots.ts';
import { useSelfBookingOffers } from '../../self-booking/hooks/useSelfBookingOffers.ts';
import { useRebook } from '../hooks/useBookingChanges.ts';
import { useMyBooking } from '../hooks/useMyBookings.ts';
import type { BookingOutcome } from './BookingPage.tsx';

const HOUR = 3_600_000;

/**
 * "Ändra tid": another free time of the same kind, then a confirmation; the old time is given back
 * only when the new one is taken (R-BK-4). The booking names no appointment type id, so the type is
 * the self-booking offer this booking is the booked time of.
 */
export function RebookPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { bookingId = '' } = useParams();
  const { bookings, booking } = useMyBooking(bookingId);
  const offers = useSelfBookingOffers();
  const offer = offers.data?.offers.find((o) => o.bookedId === bookingId);
  const rebook = useRebook();
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [taken, setTaken] = useState(false);
  const dropSlot = useDropSlot(offer?.appointmentType.id ?? '');
  const heading = useFocusOnChange<HTMLHeadingElement>(slot?.id ?? null);

  const changeable = booking?.changeableUntil ? Date.parse(booking.changeableUntil) > Date.now() : false;
  const pending = bookings.isPending || offers.isPending;
  const failed = bookings.error ?? offers.error;

  const onConfirm = (chosen: FreeSlot) =>
    rebook.mutate(
      { bookingId, slotId: chosen.id },
      {
        onSuccess: () => {
          const state: BookingOutcome = { outcome: 'changed' };
          void navigate(residentLinks.booking(bookingId), { state, replace: true });
        },
        onError: (error) => {
          if (!isApiError(error) || error.code !== 'slot_full') return;
          dropSlot(chosen.id);
          setTaken(true);
          setSlot(null);
        },
      },
    );

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentLinks.booking(bookingId)}>← {t('resident.selfBooking.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={t('resident.bookings.rebook.title')} />
      {pending ? <Loading label={t('resident.bookings.loading')} /> : null}
      {failed ? <ErrorAlert error={failed} onRetry={() => void Promise.all([bookings.refetch(), offers.refetch()])} /> : null}
      {!pending && !failed && (!booking || !offer || !changeable) ? (
        <Alert data-color="info">
          <Paragraph>{booking ? t('resident.bookings.rebook.notChangeable') : t('resident.bookings.detail.notFound')}</Paragraph>
        </Alert>
      ) : null}
      {booking && offer && changeable ? (
        <>
          <dl className="vk-facts vk-summary">
            <dt>{t('resident.bookings.rebook.current')}</dt>
            <dd>
              <div>{localized(booking.appointmentType, language)}</div>
              <div>{formatDateTime(booking.startsAt, language)}</div>
            </dd>
            {slot ? (
              <>
                <dt>{t('resident.bookings.rebook.newTime')}</dt>
                <dd className="vk-summary__when">{formatDateTime(slot.startsAt, language)}</dd>
              </>
            ) : null}
          </dl>
          <section className="vk-stack" aria-labelledby="rebook-step">
            <Heading level={2} data-size="sm" id="rebook-step" ref={heading} tabIndex={-1} className="vk-step-heading">
              {slot ? t('resident.bookings.rebook.confirmHeading') : t('resident.selfBooking.steps.time')}
            </Heading>
            {slot ? (
              <>
                <Paragraph>{t('resident.bookings.rebook.confirmText')}</Paragraph>
                {Date.parse(slot.startsAt) - offer.cancelCutoffHours * HOUR <= Date.now() ? <Paragraph>{t('resident.bookings.rebook.closeNote')}</Paragraph> : null}
                {rebook.isError ? <ErrorAlert error={rebook.error} /> : null}
                <div className="vk-actions">
                  <Button onClick={() => onConfirm(slot)} loading={rebook.isPending} disabled={rebook.isPending}>
                    {t('resident.bookings.rebook.confirm')}
                  </Button>
                  <Button variant="tertiary" onClick={() => setSlot(null)} disabled={rebook.isPending}>
                    {t('resident.bookings.rebook.chooseOther')}
                  </Button>
                </div>
              </>
            ) : (
              <SlotPicker
                typeId={offer.appointmentType.id}
                excludeStartsAt={booking.startsAt}
                onChoose={(chosen) => {
                  rebook.reset();
                  setTaken(false);
                  setSlot(chosen);
                }}
                notice={
                  taken ? (
                    <Alert data-color="warning">
                      <Paragraph>{t('errors.slot_full')}</Paragraph>
                    </Alert>
                  ) : null
                }
              />
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
