import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentLinks, residentPaths } from '../../../paths.ts';
import { useSelfBookingOffers } from '../hooks/useSelfBookingOffers.ts';
import { SelfBookingSteps } from './SelfBookingSteps.tsx';

/** /boka/:typeId — book one appointment type, unless it is not offered or a time is booked already. */
export function BookTypePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { typeId = '' } = useParams();
  const offers = useSelfBookingOffers();
  const offer = offers.data?.offers.find((o) => o.appointmentType.id === typeId);
  const typeName = offer ? localized(offer.appointmentType.name, language) : null;

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.selfBooking}>← {t('resident.selfBooking.backToOffers')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={typeName ?? t('resident.selfBooking.title')} />
        {offer ? (
          <p className="vk-lead">
            {offer.unit.name}, {offer.unit.city}
          </p>
        ) : null}
      </div>
      {offers.isPending ? <Loading label={t('resident.selfBooking.loading')} /> : null}
      {offers.isError ? <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} /> : null}
      {offers.data && !offer ? (
        <Alert data-color="info">
          <Paragraph>{t('resident.selfBooking.notOffered')}</Paragraph>
        </Alert>
      ) : null}
      {offer?.bookedId ? (
        <Alert data-color="info">
          <div className="vk-stack vk-stack--sm">
            <Paragraph>{t('resident.selfBooking.alreadyBookedText', { type: typeName ?? '' })}</Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to={residentLinks.booking(offer.bookedId)}>{t('resident.selfBooking.showBooking')}</RouterLink>
              </Link>
            </Paragraph>
          </div>
        </Alert>
      ) : null}
      {offer && !offer.bookedId ? <SelfBookingSteps key={offer.appointmentType.id} offer={offer} /> : null}
    </div>
  );
}
