import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useMyBooking } from '../../bookings/hooks/useMyBookings.ts';
import { useBusTicket } from '../hooks/useBusTicket.ts';
import { useValidityText } from '../hooks/useValidityText.ts';

/**
 * The bus ticket for a visit (R-BK-6), made to be shown to a driver on a phone: a large QR code, the
 * window it holds in words, and the code in small print for checking by hand. It carries no personal data.
 */
export function BusTicketPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bookingId = '' } = useParams();
  const ticket = useBusTicket(bookingId);
  const { booking } = useMyBooking(bookingId);
  const validity = useValidityText();

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.bookings}>← {t('resident.busTicket.back')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={t('resident.busTicket.title')} />
        {booking ? (
          <p className="vk-lead">
            {localized(booking.appointmentType, language)}, {formatDateTime(booking.startsAt, language)}
          </p>
        ) : null}
      </div>
      {ticket.isPending ? <Loading label={t('resident.busTicket.loading')} /> : null}
      {ticket.isError ? <ErrorAlert error={ticket.error} onRetry={() => void ticket.refetch()} /> : null}
      {ticket.data ? (
        <div className="vk-ticket">
          <p className="vk-ticket__validity">{validity(ticket.data.validFrom, ticket.data.validUntil)}</p>
          <img className="vk-ticket__qr" src={ticket.data.qrDataUrl} alt={t('resident.busTicket.qrAlt')} width={320} height={320} />
          <div className="vk-ticket__code">
            <span>{t('resident.busTicket.codeLabel')}</span>
            <code>{ticket.data.code}</code>
          </div>
        </div>
      ) : null}
      <Paragraph>{t('resident.busTicket.intro')}</Paragraph>
      <Paragraph data-size="sm" className="vk-muted">
        {t('resident.busTicket.noPersonalData')}
      </Paragraph>
    </div>
  );
}
