import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { CalendarIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths, SELF_BOOKING_UNIT_PARAM } from '../../../paths.ts';
import { useSelfBookingOffers } from '../hooks/useSelfBookingOffers.ts';
import { BookingForNote } from './BookingForNote.tsx';
import { OfferCard } from './OfferCard.tsx';

/** "Boka tid": what the person acted for may book themself (R-BK-4), optionally at one unit only. */
export function SelfBookingPage() {
  const { t } = useTranslation();
  const offers = useSelfBookingOffers();
  const [params] = useSearchParams();
  const unitId = params.get(SELF_BOOKING_UNIT_PARAM);
  const all = offers.data?.offers ?? [];
  const shown = unitId ? all.filter((offer) => offer.unit.id === unitId) : all;

  const showAll = (
    <Link asChild>
      <RouterLink to={residentPaths.selfBooking}>{t('resident.selfBooking.showAll')}</RouterLink>
    </Link>
  );

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('resident.selfBooking.title')} />
        <Paragraph>{t('resident.selfBooking.intro')}</Paragraph>
        <BookingForNote text={(name) => t('resident.selfBooking.forOther', { name })} />
      </div>
      {offers.isPending ? <Loading label={t('resident.selfBooking.loading')} /> : null}
      {offers.isError ? <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} /> : null}
      {offers.data && unitId && shown[0] ? (
        <Paragraph>
          {t('resident.selfBooking.unitFilter', { unit: shown[0].unit.name })} {showAll}
        </Paragraph>
      ) : null}
      {offers.data && shown.length === 0 ? (
        <div className="vk-stack">
          <EmptyState icon={<CalendarIcon />} hint={t('resident.selfBooking.emptyHint')}>
            {t('resident.selfBooking.empty')}
          </EmptyState>
          {unitId && all.length > 0 ? <Paragraph>{showAll}</Paragraph> : null}
        </div>
      ) : null}
      {shown.length > 0 ? (
        <ul className="vk-list-reset vk-stack">
          {shown.map((offer) => (
            <li key={offer.appointmentType.id}>
              <OfferCard offer={offer} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
