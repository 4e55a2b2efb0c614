import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentBooking } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, formatTime, localized } from '../../../../shared/i18n/format.ts';
import { CalendarIcon, MapPinIcon, PhoneIcon, VideoIcon } from '../../../../shared/ui/icons.tsx';

interface BookingCardProps {
  booking: ResidentBooking;
  headingLevel?: 2 | 3;
  /** What the resident can do with it (calendar, bus ticket, change, cancel), at the foot of the card. */
  actions?: ReactNode;
}

const modeIcon = { visit: MapPinIcon, video: VideoIcon, phone: PhoneIcon } as const;

/** One booking: what, when, where (with a map link), how, whom you meet and how to prepare (R-BK-1). */
export function BookingCard({ booking, headingLevel = 3, actions }: BookingCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ModeIcon = modeIcon[booking.mode];
  const { unit } = booking;
  const cancelled = booking.status === 'cancelled';

  return (
    <Card data-color={cancelled ? 'neutral' : 'accent'} className="vk-booking">
      <div className="vk-stack">
        <div className="vk-stack vk-stack--sm">
          <Heading level={headingLevel} data-size="xs" className="vk-card-title">
            {localized(booking.appointmentType, language)}
          </Heading>
          <p className="vk-booking-time">
            <CalendarIcon />
            <span>
              <span className="ds-sr-only">{t('resident.bookings.time')}: </span>
              {t('resident.bookings.timeRange', { start: formatDateTime(booking.startsAt, language), end: formatTime(booking.endsAt, language) })}
            </span>
          </p>
          <div className="vk-tags">
            <Tag data-color={booking.mode === 'visit' ? 'info' : 'accent'}>
              <span className="vk-row vk-row--tight">
                <ModeIcon className="vk-inline-icon" />
                {t(`enums.bookingMode.${booking.mode}`)}
              </span>
            </Tag>
            {booking.status !== 'booked' ? <Tag data-color={cancelled ? 'danger' : 'neutral'}>{t(`enums.bookingStatus.${booking.status}`)}</Tag> : null}
          </div>
        </div>

        <dl className="vk-facts">
          <dt>{t('resident.bookings.where')}</dt>
          <dd>
            <div>{unit.name}</div>
            <div>
              {unit.streetAddress}, {unit.postalCode} {unit.city}
            </div>
            <Link href={unit.mapUrl} target="_blank" rel="noopener noreferrer">
              {t('resident.bookings.map')} <span className="ds-sr-only">{t('common.opensInNewWindow')}</span>
            </Link>
          </dd>

          {booking.practitioner ? (
            <>
              <dt>{t('resident.bookings.meet')}</dt>
              <dd>
                {t('resident.bookings.meetValue', {
                  name: booking.practitioner.name,
                  profession: t(`enums.profession.${booking.practitioner.profession}`).toLocaleLowerCase(language),
                })}
              </dd>
            </>
          ) : null}

          {booking.preparation ? (
            <>
              <dt>{t('resident.bookings.preparation')}</dt>
              <dd>{localized(booking.preparation, language)}</dd>
            </>
          ) : null}

          <dt>{t('resident.bookings.phone')}</dt>
          <dd>
            <Link href={`tel:${unit.phone.replace(/[^0-9+]/g, '')}`}>{unit.phone}</Link>
          </dd>
        </dl>

        {!cancelled && booking.status === 'booked' ? (
          <Paragraph data-size="sm" className="vk-muted">
            {t(`resident.bookings.modeHint.${booking.mode}`)}
          </Paragraph>
        ) : null}
        {actions}
      </div>
    </Card>
  );
}
