import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentBooking } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { CalendarIcon, TicketIcon, VideoIcon } from '../../../../shared/ui/icons.tsx';
import { residentLinks } from '../../../paths.ts';
import { calendarFileUrl } from '../api/calendar-file.ts';
import { CancelBookingDialog } from './CancelBookingDialog.tsx';

interface Props {
  booking: ResidentBooking;
  onCancelled: () => void;
}

/**
 * What the resident can do with an upcoming booking: add it to a calendar, show the bus ticket for a
 * visit (R-BK-6), and change or cancel it in the app until the cut-off, or be told how otherwise (R-BK-7).
 */
export function BookingActions({ booking, onCancelled }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [cancelling, setCancelling] = useState(false);
  if (booking.status !== 'booked' || Date.parse(booking.endsAt) <= Date.now()) return null;

  const until = booking.changeableUntil;
  const changeable = until !== null && Date.parse(until) > Date.now();

  return (
    <div className="vk-stack vk-stack--sm vk-booking-actions">
      <div className="vk-actions">
        <Link href={calendarFileUrl(booking.id)} download className="vk-icon-link">
          <CalendarIcon className="vk-inline-icon" />
          {t('resident.bookings.addToCalendar')}
        </Link>
        {booking.mode === 'video' ? (
          <Link asChild className="vk-icon-link">
            <RouterLink to={residentLinks.videoMeeting(booking.id)}>
              <VideoIcon className="vk-inline-icon" />
              {t('video.resident.open')}
            </RouterLink>
          </Link>
        ) : null}
        {booking.mode === 'visit' ? (
          <Link asChild className="vk-icon-link">
            <RouterLink to={residentLinks.busTicket(booking.id)}>
              <TicketIcon className="vk-inline-icon" />
              {t('resident.bookings.busTicket')}
            </RouterLink>
          </Link>
        ) : null}
      </div>
      {changeable ? (
        <>
          <Paragraph data-size="sm">{t('resident.bookings.changeableUntil', { date: formatDateTime(until, language) })}</Paragraph>
          <div className="vk-actions">
            <Button variant="secondary" data-size="sm" asChild>
              <RouterLink to={residentLinks.rebook(booking.id)}>{t('resident.bookings.change')}</RouterLink>
            </Button>
            <Button variant="secondary" data-size="sm" data-color="danger" onClick={() => setCancelling(true)}>
              {t('resident.bookings.cancel')}
            </Button>
          </div>
          <CancelBookingDialog booking={booking} open={cancelling} onClose={() => setCancelling(false)} onCancelled={onCancelled} />
        </>
      ) : (
        <Paragraph data-size="sm" className="vk-muted">
          {booking.selfBooked ? t('resident.bookings.pastCutOff') : t('resident.bookings.askUnit')}
        </Paragraph>
      )}
    </div>
  );
}
