import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useMyBookings } from '../hooks/useMyBookings.ts';
import { BookingActions } from './BookingActions.tsx';
import { BookingList } from './BookingList.tsx';
import { CancelledNotice } from './CancelledNotice.tsx';

export function BookingsPage() {
  const { t } = useTranslation();
  const bookings = useMyBookings();
  const [cancelled, setCancelled] = useState(0);

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-page-head">
        <PageHeading title={t('resident.bookings.title')} />
        <Button asChild variant="secondary">
          <RouterLink to={residentPaths.selfBooking}>{t('resident.bookings.book')}</RouterLink>
        </Button>
      </div>
      <CancelledNotice count={cancelled} />
      {bookings.isPending ? <Loading label={t('resident.bookings.loading')} /> : null}
      {bookings.isError ? <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} /> : null}
      {bookings.data ? (
        <>
          <section className="vk-section" aria-labelledby="upcoming-heading">
            <Heading level={2} data-size="sm" id="upcoming-heading">
              {t('resident.bookings.upcomingHeading')}
            </Heading>
            <BookingList
              bookings={bookings.data.upcoming}
              empty={t('resident.bookings.emptyUpcoming')}
              emptyHint={t('resident.bookings.emptyUpcomingHint')}
              actions={(booking) => <BookingActions booking={booking} onCancelled={() => setCancelled((n) => n + 1)} />}
            />
          </section>
          <section className="vk-section" aria-labelledby="past-heading">
            <Heading level={2} data-size="sm" id="past-heading">
              {t('resident.bookings.pastHeading')}
            </Heading>
            <BookingList bookings={bookings.data.past} empty={t('resident.bookings.emptyPast')} />
          </section>
        </>
      ) : null}
    </div>
  );
}
