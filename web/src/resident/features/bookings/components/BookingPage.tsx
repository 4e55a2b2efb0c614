import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useMyBooking } from '../hooks/useMyBookings.ts';
import { BookingActions } from './BookingActions.tsx';
import { BookingCard } from './BookingCard.tsx';
import { CancelledNotice } from './CancelledNotice.tsx';

/** Navigation state from the booking steps: the page then says the time was booked or moved. */
export interface BookingOutcome {
  outcome: 'booked' | 'changed';
}

/** One booking, with what can be done with it; also the page that confirms a booking or a move. */
export function BookingPage() {
  const { t } = useTranslation();
  const { bookingId = '' } = useParams();
  const location = useLocation();
  const outcome = (location.state as BookingOutcome | null)?.outcome;
  const { bookings, booking } = useMyBooking(bookingId);
  const [cancelled, setCancelled] = useState(0);

  const title = { booked: t('resident.bookings.detail.bookedTitle'), changed: t('resident.bookings.detail.changedTitle') };

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.bookings}>← {t('resident.bookings.detail.allBookings')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={outcome && cancelled === 0 ? title[outcome] : t('resident.bookings.detail.title')} />
      {outcome && cancelled === 0 ? (
        <Alert data-color="success">
          <Paragraph>{outcome === 'booked' ? t('resident.bookings.detail.booked') : t('resident.bookings.detail.changed')}</Paragraph>
        </Alert>
      ) : null}
      <CancelledNotice count={cancelled} />
      {bookings.isPending ? <Loading label={t('resident.bookings.loading')} /> : null}
      {bookings.isError ? <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} /> : null}
      {bookings.data && !booking ? (
        <Alert data-color="info">
          <Paragraph>{t('resident.bookings.detail.notFound')}</Paragraph>
        </Alert>
      ) : null}
      {booking ? <BookingCard booking={booking} headingLevel={2} actions={<BookingActions booking={booking} onCancelled={() => setCancelled((n) => n + 1)} />} /> : null}
    </div>
  );
}
