import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SelfBookingOffer } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { CalendarIcon } from '../../../../shared/ui/icons.tsx';
import { residentLinks } from '../../../paths.ts';

/** One thing the person may book, as a link: to the booking steps, or to the time already booked. */
export function OfferCard({ offer }: { offer: SelfBookingOffer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const to = offer.bookedId ? residentLinks.booking(offer.bookedId) : residentLinks.selfBookingType(offer.appointmentType.id);

  return (
    <Card data-color={offer.bookedId ? 'neutral' : 'accent'} asChild>
      <RouterLink to={to}>
        <div className="vk-shortcut">
          <CalendarIcon />
          <div className="vk-stack vk-stack--sm">
            <Heading level={2} data-size="xs" className="vk-card-title">
              {localized(offer.appointmentType.name, language)}
            </Heading>
            <Paragraph data-size="sm">
              {offer.unit.name}, {offer.unit.city}
            </Paragraph>
            <Paragraph data-size="sm" className="vk-muted">
              {t('resident.selfBooking.duration', { count: offer.appointmentType.durationMinutes })}
            </Paragraph>
            {offer.bookedId ? (
              <div className="vk-tags">
                <Tag data-color="info">{t('resident.selfBooking.alreadyBooked')}</Tag>
              </div>
            ) : null}
          </div>
        </div>
      </RouterLink>
    </Card>
  );
}
