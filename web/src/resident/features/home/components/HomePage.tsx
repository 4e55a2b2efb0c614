import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { residentPrincipal } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { BuildingIcon, CalendarIcon, CogIcon, EyeIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { BookingList } from '../../bookings/components/BookingList.tsx';
import { useMyBookings } from '../../bookings/hooks/useMyBookings.ts';

const UPCOMING_ON_HOME = 3;

/** Home: a greeting and the next bookings (with an empty state), plus shortcuts (booking a time first). */
export function HomePage({ principal }: { principal: z.infer<typeof residentPrincipal> }) {
  const { t } = useTranslation();
  const bookings = useMyBookings();
  const upcoming = bookings.data?.upcoming ?? [];

  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('resident.home.title')}>{t('resident.home.greeting', { name: principal.givenName })}</PageHeading>

      <section className="vk-section" aria-labelledby="home-upcoming">
        <Heading level={2} data-size="sm" id="home-upcoming">
          {t('resident.home.upcomingHeading')}
        </Heading>
        {bookings.isPending ? <Loading label={t('resident.bookings.loading')} /> : null}
        {bookings.isError ? <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} /> : null}
        {bookings.data ? (
          <BookingList
            bookings={upcoming.slice(0, UPCOMING_ON_HOME)}
            empty={t('resident.bookings.emptyUpcoming')}
            emptyHint={t('resident.bookings.emptyUpcomingHint')}
          />
        ) : null}
        {bookings.data ? (
          <Paragraph>
            <Link asChild>
              <RouterLink to={residentPaths.bookings}>{t('resident.home.allBookings')}</RouterLink>
            </Link>
          </Paragraph>
        ) : null}
      </section>

      <section className="vk-section" aria-labelledby="home-shortcuts">
        <Heading level={2} data-size="sm" id="home-shortcuts">
          {t('resident.home.shortcutsHeading')}
        </Heading>
        <div className="vk-shortcuts">
          <Card data-color="neutral" asChild>
            <RouterLink to={residentPaths.selfBooking}>
              <div className="vk-shortcut">
                <CalendarIcon />
                <div className="vk-stack vk-stack--sm">
                  <Heading level={3} data-size="2xs">
                    {t('resident.selfBooking.title')}
                  </Heading>
                  <Paragraph data-size="sm">{t('resident.home.bookShortcut')}</Paragraph>
                </div>
              </div>
            </RouterLink>
          </Card>
          <Card data-color="neutral" asChild>
            <RouterLink to={residentPaths.careUnits}>
              <div className="vk-shortcut">
                <BuildingIcon />
                <div className="vk-stack vk-stack--sm">
                  <Heading level={3} data-size="2xs">
                    {t('resident.careUnits.title')}
                  </Heading>
                  <Paragraph data-size="sm">{t('resident.home.careUnitsShortcut')}</Paragraph>
                </div>
              </div>
            </RouterLink>
          </Card>
          <Card data-color="neutral" asChild>
            <RouterLink to={residentPaths.accessLog}>
              <div className="vk-shortcut">
                <EyeIcon />
                <div className="vk-stack vk-stack--sm">
                  <Heading level={3} data-size="2xs">
                    {t('resident.nav.accessLogLong')}
                  </Heading>
                  <Paragraph data-size="sm">{t('resident.home.accessLogShortcut')}</Paragraph>
                </div>
              </div>
            </RouterLink>
          </Card>
          <Card data-color="neutral" asChild>
            <RouterLink to={residentPaths.settings}>
              <div className="vk-shortcut">
                <CogIcon />
                <div className="vk-stack vk-stack--sm">
                  <Heading level={3} data-size="2xs">
                    {t('resident.nav.settings')}
                  </Heading>
                  <Paragraph data-size="sm">{t('resident.home.settingsShortcut')}</Paragraph>
                </div>
              </div>
            </RouterLink>
          </Card>
        </div>
      </section>
    </div>
  );
}
