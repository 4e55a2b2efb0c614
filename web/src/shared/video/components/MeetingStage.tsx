import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingParticipant } from '../../contracts.ts';
import type { LocalMedia } from '../hooks/useLocalMedia.ts';
import type { MeetingClient, MeetingSnapshot } from '../meeting-client.ts';
import { participantLabel } from '../participant-label.ts';
import { ChatPanel } from './ChatPanel.tsx';
import { MeetingControls } from './MeetingControls.tsx';
import { VideoTile } from './VideoTile.tsx';

interface Props {
  snapshot: MeetingSnapshot;
  client: MeetingClient;
  media: LocalMedia;
  onLeave: () => void;
  onEnd?: () => void;
  /** Staff: actions for one participant (mute, remove). */
  participantActions?: (p: MeetingParticipant, label: string) => ReactNode;
  /** Staff: the waiting room and guest links beside the meeting. */
  aside?: ReactNode;
}

/** The meeting itself: the others' video, one's own picture, the controls, the participants and the chat. */
export function MeetingStage({ snapshot, client, media, onLeave, onEnd, participantActions, aside }: Props) {
  const { t } = useTranslation();
  const view = snapshot.view!;
  const others = view.participants.filter((p) => p.id !== view.you.id && p.state === 'admitted');
  const streamOf = (id: string) => snapshot.remotes.find((r) => r.participantId === id)?.stream ?? null;
  const screen = async () => {
    await media.toggleScreen();
  };
  return (
    <div className="vk-meeting">
      <div className="vk-stack">
        <div className="vk-row vk-meeting__status" role="status">
          <Tag data-color={snapshot.quality === 'good' ? 'success' : snapshot.quality === 'fair' ? 'warning' : snapshot.quality === 'poor' ? 'danger' : 'neutral'} data-quality={snapshot.quality}>
            {t('video.quality.label')}: {t(`video.quality.${snapshot.quality}`)}
          </Tag>
          <Tag data-color="info">{t(`video.kinds.${view.kind}`)}</Tag>
        </div>
        {snapshot.reconnecting ? (
          <Alert data-color="warning">
            <Paragraph>{t('video.meeting.reconnecting')}</Paragraph>
          </Alert>
        ) : null}
        {snapshot.mediaProblem ? (
          <Alert data-color="danger" data-media-problem={snapshot.mediaProblem}>
            <Paragraph>{snapshot.mediaProblem === 'turn_refused' ? t('video.meeting.turnRefused') : t('video.meeting.connectionFailed')}</Paragraph>
          </Alert>
        ) : null}
        {snapshot.mutedByStaff > 0 && !media.audioOn ? (
          <Alert data-color="info">
            <Paragraph>{t('video.meeting.mutedByStaff')}</Paragraph>
          </Alert>
        ) : null}
        {view.topology === 'mesh' ? (
          <Paragraph data-size="sm" className="vk-muted">
            {t('video.meeting.topologyMesh', { limit: view.meshLimit })}
          </Paragraph>
        ) : null}
        <div className="vk-video-grid">
          {others.length === 0 ? <Paragraph>{t('video.meeting.waitingFor')}</Paragraph> : null}
          {others.map((p) => (
            <VideoTile
              key={p.id}
              participantId={p.id}
              stream={p.present ? streamOf(p.id) : null}
              label={participantLabel(t, view, p)}
              note={!p.present ? t('video.meeting.away') : p.screen ? t('video.meeting.sharingScreen') : !p.video ? t('video.meeting.noVideo') : !p.audio ? t('video.meeting.muted') : null}
            />
          ))}
          <VideoTile stream={media.stream} label={t('video.meeting.ownVideo')} self note={!media.audioOn ? t('video.meeting.muted') : null} />
        </div>
        <MeetingControls media={media} canShareScreen={view.you.isStaff && typeof navigator.mediaDevices?.getDisplayMedia === 'function'} onScreen={() => void screen()} onLeave={onLeave} onEnd={onEnd} />
      </div>
      <div className="vk-meeting__side vk-stack">
        {aside}
        <section className="vk-stack vk-stack--sm" aria-labelledby="vk-meeting-people">
          <Heading level={2} data-size="xs" id="vk-meeting-people">
            {t('video.meeting.participants')}
          </Heading>
          <ul className="vk-list-reset vk-stack vk-stack--sm">
            {view.participants
              .filter((p) => p.state === 'admitted')
              .map((p) => {
                const label = participantLabel(t, view, p);
                return (
                  <li key={p.id} className="vk-meeting-person">
                    <span>
                      {label}
                      {p.kind === 'guest' ? ` · ${t('video.meeting.guest')}` : ''}
                      {!p.audio ? ` · ${t('video.meeting.muted')}` : ''}
                    </span>
                    {participantActions && p.id !== view.you.id ? participantActions(p, label) : null}
                  </li>
                );
              })}
          </ul>
        </section>
        <ChatPanel messages={snapshot.chat} ownId={view.you.id} onSend={(id, body) => client.sendChat(id, body)} />
      </div>
    </div>
  );
}
