import { Heading, Paragraph, Switch, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usePushNotifications } from '../hooks/usePushNotifications.ts';

/** The settings page's section for notifications on this device; nothing where push cannot work. */
export function PushSetting() {
  const { t } = useTranslation();
  const push = usePushNotifications();
  if (!push.supported) return null;

  return (
    <section className="vk-section" aria-labelledby="settings-push">
      <Heading level={2} data-size="sm" id="settings-push">
        {t('resident.push.setting.heading')}
      </Heading>
      <Switch
        label={t('resident.push.setting.label')}
        description={t('resident.push.setting.description')}
        checked={push.subscribed}
        disabled={push.busy || (push.permission === 'denied' && !push.subscribed)}
        onChange={(event) => void (event.target.checked ? push.enable() : push.disable())}
      />
      {push.permission === 'denied' ? <Paragraph data-size="sm">{t('resident.push.blocked')}</Paragraph> : null}
      {push.error ? <ValidationMessage>{t(`resident.push.errors.${push.error}`)}</ValidationMessage> : null}
    </section>
  );
}
