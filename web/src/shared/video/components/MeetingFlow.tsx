import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingParticipant, MeetingView } from '../../contracts.ts';
import type { RealtimeConnection } from '../../realtime/realtime-client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useLocalMedia } from '../hooks/useLocalMedia.ts';
import { useMeeting } from '../hooks/useMeeting.ts';
import type { MeetingClient } from '../meeting-client.ts';
import { DeviceCheck } from './DeviceCheck.tsx';
import { MeetingStage } from './MeetingStage.tsx';
import { VideoTile } from './VideoTile.tsx';
import '../../styles/video.css';

interface Props {
  connection: RealtimeConnection | null;
  /** The meeting, or how to get it when the person enters (a resident's booking opens its meeting then). */
  meetingId: string | (() => Promise<string>);
  /** The button that leaves the device check: "to the waiting room", or for staff "open the meeting". */
  enterLabel: string;
  waitingText: string;
  /** Where "back" goes after the meeting. */
  after: ReactNode;
  onEnd?: () => void;
  participantActions?: (p: MeetingParticipant, label: string) => ReactNode;
  aside?: (view: MeetingView) => ReactNode;
  /** Entering is not possible yet (the waiting room opens later): the device check still works. */
  notYet?: string | null;
}

/**
 * From the device check through the waiting room into the meeting and out of it, for residents,
 * guests and staff alike (R-VM-4). Nothing is sent before the person chooses to enter.
 */
export function MeetingFlow({ connection, meetingId, enterLabel, waitingText, after, onEnd, participantActions, aside, notYet }: Props) {
  const { t } = useTranslation();
  const clientRef = useRef<MeetingClient | null>(null);
  const media = useLocalMedia((kind, track) => void clientRef.current?.replaceTrack(kind, track));
  const [entered, setEntered] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const [enterError, setEnterError] = useState<unknown>(null);
  const [left, setLeft] = useState(false);
  const { client, snapshot } = useMeeting(entered && !left ? connection : null, entered ?? '', media.stream, () => media.toggleAudio(false));
  const enter = async () => {
    setEntering(true);
    setEnterError(null);
    try {
      setEntered(typeof meetingId === 'string' ? meetingId : await meetingId());
    } catch (error) {
      setEnterError(error);
    } finally {
      setEntering(false);
    }
  };
  clientRef.current = client;

  useEffect(() => {
    if (snapshot.phase === 'in_meeting') client?.sendMedia({ audio: media.audioOn, video: media.videoOn, screen: media.screenOn });
  }, [client, snapshot.phase, media.audioOn, media.videoOn, media.screenOn]);

  if (!entered) {
    return (
      <div className="vk-stack vk-stack--lg">
        <DeviceCheck media={media} />
        {notYet ? (
          <Alert data-color="info">
            <Paragraph>{notYet}</Paragraph>
          </Alert>
        ) : (
          <div className="vk-stack vk-stack--sm">
            {enterError ? <ErrorAlert error={enterError} /> : null}
            <div>
              <Button disabled={!media.stream || !connection || entering} onClick={() => void enter()}>
                {enterLabel}
              </Button>
            </div>
          </div>
        )}
      </div>
    );
  }
  if (left || snapshot.phase === 'ended' || snapshot.phase === 'removed' || snapshot.phase === 'link_revoked') {
    const key = left ? 'video.ended.left' : snapshot.phase === 'removed' ? 'video.ended.removed' : snapshot.phase === 'link_revoked' ? 'video.ended.linkRevoked' : 'video.ended.text';
    return (
      <section className="vk-stack" aria-labelledby="vk-meeting-ended">
        <Heading level={2} data-size="sm" id="vk-meeting-ended">
          {t('video.ended.heading')}
        </Heading>
        <Paragraph>{t(key)}</Paragraph>
        {after}
      </section>
    );
  }
  if (snapshot.phase === 'error') {
    return (
      <Alert data-color="danger">
        <Paragraph>{t(`errors.${snapshot.error ?? 'internal_error'}`)}</Paragraph>
      </Alert>
    );
  }
  if (!client || snapshot.phase === 'joining' || !snapshot.view) return <Loading label={t('common.loading')} />;
  if (snapshot.phase === 'waiting') {
    return (
      <section className="vk-stack vk-waiting-room" aria-labelledby="vk-waiting-room">
        <Heading level={2} data-size="sm" id="vk-waiting-room">
          {t('video.waiting.heading')}
        </Heading>
        <Paragraph role="status">{waitingText}</Paragraph>
        <VideoTile stream={media.stream} label={t('video.meeting.ownVideo')} self />
        <div>
          <Button variant="secondary" onClick={() => setLeft(true)}>
            {t('video.controls.leave')}
          </Button>
        </div>
      </section>
    );
  }
  return <MeetingStage snapshot={snapshot} client={client} media={media} onLeave={() => setLeft(true)} onEnd={onEnd} participantActions={participantActions} aside={aside?.(snapshot.view)} />;
}
