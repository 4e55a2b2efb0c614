import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useMyBookings } from '../hooks/useMyBookings.ts';
import { BookingList } from './BookingList.tsx';

export function BookingsPage() {
  const { t } = useTranslation();
  const bookings = useMyBookings();

  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('resident.bookings.title')} />
      {bookings.isPending ? <Loading label={t('resident.bookings.loading')} /> : null}
      {bookings.isError ? <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} /> : null}
      {bookings.data ? (
        <>
          <section className="vk-section" aria-labelledby="upcoming-heading">
            <Heading level={2} data-size="sm" id="upcoming-heading">
              {t('resident.bookings.upcomingHeading')}
            </Heading>
            <BookingList bookings={bookings.data.upcoming} empty={t('resident.bookings.emptyUpcoming')} emptyHint={t('resident.bookings.emptyUpcomingHint')} />
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
