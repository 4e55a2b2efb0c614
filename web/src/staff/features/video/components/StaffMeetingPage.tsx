import { Button, Heading, Link, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { MeetingView } from '../../../../shared/contracts.ts';
import { useRealtimeConnection } from '../../../../shared/realtime/RealtimeContext.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { MeetingFlow } from '../../../../shared/video/components/MeetingFlow.tsx';
import { staffPaths } from '../../../paths.ts';
import { endVideoMeeting, participantAction, setNamesVisible } from '../api/video-meetings.ts';
import { GuestLinkDialog } from './GuestLinkDialog.tsx';

/** A meeting run by its staff: the waiting room with admit, mute and remove, guest links, end for everyone (R-VM-1, R-VM-3, R-VM-4). */
export function StaffMeetingPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const connection = useRealtimeConnection();
  const [error, setError] = useState<unknown>(null);
  const act = (participantId: string, action: 'admit' | 'remove' | 'mute') => void participantAction(meetingId, participantId, action).catch(setError);
  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to={staffPaths.videoMeetings}>← {t('video.staff.today')}</RouterLink>
      </Link>
    </Paragraph>
  );
  const aside = (view: MeetingView) => {
    const waiting = view.participants.filter((p) => p.state === 'waiting');
    return (
      <div className="vk-stack">
        {error ? <ErrorAlert error={error} /> : null}
        <section className="vk-stack vk-stack--sm" aria-labelledby="vk-waiting-list">
          <Heading level={2} data-size="xs" id="vk-waiting-list">
            {t('video.staff.waitingRoom')}
          </Heading>
          {waiting.length === 0 ? <Paragraph data-size="sm">{t('video.staff.waitingEmpty')}</Paragraph> : null}
          <ul className="vk-list-reset vk-stack vk-stack--sm">
            {waiting.map((p) => {
              const name = p.actingFor ? t('video.meeting.actingFor', { name: p.name, actor: p.actingFor }) : (p.name ?? '');
              return (
                <li key={p.id} className="vk-meeting-person">
                  <span>
                    {name}
                    {p.kind === 'guest' ? ` · ${t('video.meeting.guest')}` : ''}
                  </span>
                  <span className="vk-row">
                    <Button data-size="sm" onClick={() => act(p.id, 'admit')}>
                      {t('video.staff.admit', { name })}
                    </Button>
                    <Button data-size="sm" variant="secondary" data-color="danger" onClick={() => act(p.id, 'remove')}>
                      {t('video.staff.remove', { name })}
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
        {view.kind === 'group' ? (
          <Switch label={t('video.staff.namesVisible')} checked={view.namesVisible} onChange={(e) => void setNamesVisible(meetingId, e.target.checked).catch(setError)} />
        ) : null}
        <div>
          <GuestLinkDialog meetingId={meetingId} />
        </div>
      </div>
    );
  };
  return (
    <div className="vk-stack vk-stack--lg">
      {back}
      <PageHeading title={t('video.meeting.heading')} app="portal" />
      <MeetingFlow
        connection={connection}
        meetingId={meetingId}
        enterLabel={t('video.staff.open')}
        waitingText={t('video.waiting.text')}
        after={back}
        onEnd={() => void endVideoMeeting(meetingId).catch(setError)}
        aside={aside}
        participantActions={(p, label) =>
          p.kind === 'staff' ? null : (
            <span className="vk-row">
              <Button data-size="sm" variant="secondary" onClick={() => act(p.id, 'mute')} disabled={!p.audio}>
                {t('video.staff.mute', { name: label })}
              </Button>
              <Button data-size="sm" variant="secondary" data-color="danger" onClick={() => act(p.id, 'remove')}>
                {t('video.staff.remove', { name: label })}
              </Button>
            </span>
          )
        }
      />
    </div>
  );
}
