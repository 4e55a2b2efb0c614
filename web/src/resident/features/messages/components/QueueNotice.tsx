import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ResidentConversation } from '../../../../shared/contracts.ts';

/** R-MS-5: a live chat not yet taken: the place in the queue and a rough wait, said again as they change. */
export function QueueNotice({ queue }: { queue: NonNullable<ResidentConversation['queue']> }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" role="status">
      <div className="vk-stack vk-stack--sm">
        <Paragraph>{t('resident.messages.conversation.queue', { position: queue.position, minutes: queue.expectedWaitMinutes })}</Paragraph>
        <Paragraph data-size="sm">{t('resident.messages.conversation.queueStay')}</Paragraph>
      </div>
    </Alert>
  );
}
