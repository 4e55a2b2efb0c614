import { Alert, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading.tsx';
import { useAudioLevel } from '../hooks/useAudioLevel.ts';
import type { LocalMedia } from '../hooks/useLocalMedia.ts';
import { VideoTile } from './VideoTile.tsx';

const failureKey = { denied: 'video.check.denied', no_device: 'video.check.noDevice', failed: 'video.check.failed' } as const;

/** R-VM-4: the resident tests camera and microphone first: picture, level, and which devices. */
export function DeviceCheck({ media }: { media: LocalMedia }) {
  const { t } = useTranslation();
  const level = useAudioLevel(media.stream);
  if (media.failure) {
    return (
      <Alert data-color="danger">
        <Paragraph>{t(failureKey[media.failure])}</Paragraph>
      </Alert>
    );
  }
  if (!media.stream) return <Loading label={t('video.check.starting')} />;
  return (
    <section className="vk-stack vk-device-check" aria-labelledby="vk-device-check">
      <Heading level={2} data-size="sm" id="vk-device-check">
        {t('video.check.heading')}
      </Heading>
      <Paragraph>{t('video.check.intro')}</Paragraph>
      <VideoTile stream={media.stream} label={t('video.check.preview')} self />
      <div className="vk-stack vk-stack--sm">
        <Label htmlFor="vk-audio-level">{t('video.check.level')}</Label>
        <meter id="vk-audio-level" className="vk-level" min={0} max={100} low={10} high={90} optimum={50} value={level} />
        <Paragraph data-size="sm" className="vk-muted">
          {t('video.check.levelHint')}
        </Paragraph>
      </div>
      <div className="vk-device-selects">
        <Field>
          <Label>{t('video.check.camera')}</Label>
          <Select value={media.cameraId} onChange={(e) => media.chooseCamera(e.target.value)}>
            {media.cameras.length === 0 ? <Select.Option value="">{t('video.check.noCamera')}</Select.Option> : null}
            {media.cameras.map((c, i) => (
              <Select.Option key={c.deviceId} value={c.deviceId}>
                {c.label || `${t('video.check.camera')} ${i + 1}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('video.check.microphone')}</Label>
          <Select value={media.microphoneId} onChange={(e) => media.chooseMicrophone(e.target.value)}>
            {media.microphones.map((m, i) => (
              <Select.Option key={m.deviceId} value={m.deviceId}>
                {m.label || `${t('video.check.microphone')} ${i + 1}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}
