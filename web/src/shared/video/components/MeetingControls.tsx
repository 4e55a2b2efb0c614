import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LocalMedia } from '../hooks/useLocalMedia.ts';

interface Props {
  media: LocalMedia;
  canShareScreen: boolean;
  onScreen: () => void;
  onLeave: () => void;
  onEnd?: () => void;
}

/** Microphone, camera, the next camera on a phone, the screen (staff), leave; staff also end for everyone. */
export function MeetingControls({ media, canShareScreen, onScreen, onLeave, onEnd }: Props) {
  const { t } = useTranslation();
  return (
    <div role="toolbar" aria-label={t('video.controls.label')} className="vk-meeting-controls">
      <Button variant={media.audioOn ? 'secondary' : 'primary'} aria-pressed={!media.audioOn} onClick={() => media.toggleAudio()}>
        {media.audioOn ? t('video.controls.micOn') : t('video.controls.micOff')}
      </Button>
      <Button variant={media.videoOn ? 'secondary' : 'primary'} aria-pressed={!media.videoOn} onClick={media.toggleVideo}>
        {media.videoOn ? t('video.controls.cameraOn') : t('video.controls.cameraOff')}
      </Button>
      {media.cameras.length > 1 ? (
        <Button variant="secondary" onClick={media.switchCamera}>
          {t('video.controls.switchCamera')}
        </Button>
      ) : null}
      {canShareScreen ? (
        <Button variant="secondary" aria-pressed={media.screenOn} onClick={onScreen}>
          {media.screenOn ? t('video.controls.stopShare') : t('video.controls.shareScreen')}
        </Button>
      ) : null}
      <Button variant="secondary" data-color="danger" onClick={onLeave}>
        {t('video.controls.leave')}
      </Button>
      {onEnd ? (
        <Button data-color="danger" onClick={onEnd}>
          {t('video.controls.end')}
        </Button>
      ) : null}
    </div>
  );
}
