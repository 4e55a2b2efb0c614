import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StaffMeetingItem } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatTime } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import '../../../../shared/styles/video.css';
import { staffPaths } from '../../../paths.ts';
import { createVideoMeeting, participantAction } from '../api/video-meetings.ts';
import { useVideoMeetings } from '../hooks/useVideoMeetings.ts';
import { NewMeetingDialog } from './NewMeetingDialog.tsx';

/** The unit's video meetings today: who waits, admitting them, starting a meeting from its booking (R-VM-4, R-BK-5). */
export function VideoMeetingsPage() {
  const { t } = useTranslation();
  const meetings = useVideoMeetings(undefined);
  const [creating, setCreating] = useState(false);
  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('video.staff.today')} app="portal" />
      {meetings.data ? <Paragraph data-size="sm">{meetings.data.sfu ? t('video.staff.sfu') : t('video.staff.mesh', { limit: meetings.data.meshLimit })}</Paragraph> : null}
      <div>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          {t('video.staff.newMeeting')}
        </Button>
      </div>
      {meetings.isPending ? <Loading label={t('common.loading')} /> : null}
      {meetings.isError ? <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} /> : null}
      {meetings.data && meetings.data.meetings.length === 0 ? <EmptyState>{t('video.staff.empty')}</EmptyState> : null}
      {meetings.data ? (
        <ul className="vk-list-reset vk-meeting-list">
          {meetings.data.meetings.map((m) => (
            <li key={m.meetingId ?? m.bookingId}>
              <MeetingCard item={m} />
            </li>
          ))}
        </ul>
      ) : null}
      {meetings.data ? <NewMeetingDialog open={creating} onClose={() => setCreating(false)} meetings={meetings.data.meetings} /> : null}
    </div>
  );
}

function MeetingCard({ item }: { item: StaffMeetingItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = item.title ?? (item.residents.map((r) => r.name).join(', ') || t(`video.kinds.${item.kind}`));
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = item.meetingId && item.mine ? item.meetingId : await createVideoMeeting({ kind: item.kind === 'group' || item.kind === 'professions' ? item.kind : 'one_to_one', bookingIds: item.bookingId ? [item.bookingId] : [] });
      await navigate(staffPaths.videoMeeting(id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const act = (participantId: string) => () => {
    if (item.meetingId) participantAction(item.meetingId, participantId, 'admit').catch(setError);
  };
  return (
    <Card data-color="neutral">
      <div className="vk-stack vk-stack--sm">
        <div className="vk-row">
          <Heading level={2} data-size="xs">
            {formatTime(item.startsAt, language)}–{formatTime(item.endsAt, language)} · {title}
          </Heading>
          <Tag data-color={item.status === 'open' ? 'success' : 'neutral'}>{t(`video.staff.status.${item.status}`)}</Tag>
          {item.waiting.length ? <Tag data-color="warning">{t('video.staff.waitingCount', { count: item.waiting.length })}</Tag> : null}
        </div>
        <Paragraph data-size="sm">
          {t(`video.kinds.${item.kind}`)}
          {item.appointmentType ? ` · ${item.appointmentType[language]}` : ''}
          {item.staff.length ? ` · ${t('video.staff.with', { names: item.staff.map((s) => s.name).join(', ') })}` : ''}
          {item.durationMinutes !== null ? ` · ${t('video.staff.duration', { minutes: item.durationMinutes })}` : ''}
        </Paragraph>
        {item.waiting.length ? (
          <ul className="vk-list-reset vk-stack vk-stack--sm" aria-label={t('video.staff.waitingRoom')}>
            {item.waiting.map((w) => (
              <li key={w.participantId} className="vk-meeting-person">
                <span>
                  {w.actingFor ? t('video.meeting.actingFor', { name: w.name, actor: w.actingFor }) : w.name}
                  {w.kind === 'guest' ? ` · ${t('video.meeting.guest')}` : ''} · {t('video.staff.waitingSince', { time: formatTime(w.since, language) })}
                </span>
                {item.mine ? (
                  <Button data-size="sm" onClick={act(w.participantId)}>
                    {t('video.staff.admit', { name: w.name })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        {item.status !== 'ended' ? (
          <div>
            <Button data-size="sm" variant={item.mine ? 'primary' : 'secondary'} disabled={busy} onClick={() => void open()}>
              {item.meetingId ? t('video.staff.open') : t('video.staff.start')}
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
