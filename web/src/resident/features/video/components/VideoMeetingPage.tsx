import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, formatTime } from '../../../../shared/i18n/format.ts';
import { useRealtimeConnection } from '../../../../shared/realtime/RealtimeContext.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { MeetingFlow } from '../../../../shared/video/components/MeetingFlow.tsx';
import { residentLinks, residentPaths } from '../../../paths.ts';
import { joinBookingMeeting } from '../api/join-booking-meeting.ts';
import { useBookingMeeting } from '../hooks/useBookingMeeting.ts';

/**
 * A video booking's meeting in the resident app (R-VM-2, R-VM-4): test camera and microphone, wait
 * in the waiting room until care lets you in, meet. A proxy enters for the person they act for.
 */
export function VideoMeetingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bookingId = '' } = useParams();
  const meeting = useBookingMeeting(bookingId);
  const connection = useRealtimeConnection();
  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to={residentPaths.bookings}>← {t('video.ended.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  const info = meeting.data;
  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentLinks.booking(bookingId)}>← {t('common.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={info ? t('video.meeting.headingWith', { unit: info.unitName }) : t('video.meeting.heading')} />
      {meeting.isPending ? <Loading label={t('common.loading')} /> : null}
      {meeting.isError ? <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} /> : null}
      {info ? (
        <>
          <Paragraph>
            {info.appointmentType[language]} · {formatDateTime(info.startsAt, language)}
            <br />
            {t('video.resident.forPerson', { name: info.forPerson })}
          </Paragraph>
          {info.ended ? (
            <Alert data-color="info">
              <Paragraph>{t('video.resident.endedBooking')}</Paragraph>
            </Alert>
          ) : (
            <MeetingFlow
              connection={connection}
              meetingId={() => joinBookingMeeting(bookingId)}
              enterLabel={t('video.waiting.enter')}
              waitingText={t('video.waiting.text')}
              after={back}
              notYet={Date.parse(info.opensAt) > Date.now() ? t('video.waiting.notOpenYet', { time: formatTime(info.opensAt, language) }) : null}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
