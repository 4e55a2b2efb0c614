import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { useChatSettings } from '../hooks/useChatSettings.ts';
import { ChatSettingsForm } from './ChatSettingsForm.tsx';

/** R-MS-4, R-MS-5: the unit's chat: opening hours for live chat, and the errands it takes with their queue and questions. */
export function ChatSettingsSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const settings = useChatSettings(unitId);
  return (
    <section className="vk-section" aria-labelledby="unit-chat">
      <Heading level={2} data-size="sm" id="unit-chat">
        {t('staff.chatSettings.heading')}
      </Heading>
      <Paragraph>{t('staff.chatSettings.intro')}</Paragraph>
      {settings.isPending ? <Loading label={t('staff.chatSettings.loading')} /> : null}
      {settings.isError ? <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? <ChatSettingsForm unitId={unitId} settings={settings.data} /> : null}
    </section>
  );
}
