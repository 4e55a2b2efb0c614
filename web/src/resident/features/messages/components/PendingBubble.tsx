import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../../../../shared/chat/conversation-stream.ts';
import { errorCode } from '../../../../shared/contracts.ts';
import { MessageText } from './MessageText.tsx';

interface Props {
  pending: PendingMessage;
  onRetry: () => void;
  onDiscard: () => void;
}

/** A message on its way: "Skickas…" until the server has it; if it could not be sent, why, and what to do. */
export function PendingBubble({ pending: p, onRetry, onDiscard }: Props) {
  const { t } = useTranslation();
  const failed = p.state === 'failed';
  const offline = failed && p.error === 'network_error';
  const known = errorCode.safeParse(p.error);
  const reason = known.success ? t(`errors.${known.data}`) : t('errors.internal_error');

  return (
    <article className={failed ? 'vk-bubble vk-bubble--own vk-bubble--failed' : 'vk-bubble vk-bubble--own vk-bubble--pending'}>
      <p className="vk-bubble__who">{t('resident.messages.conversation.you')}</p>
      <MessageText text={p.body} newWindow={t('common.opensInNewWindow')} />
      <p className="vk-bubble__meta" role={failed ? 'alert' : undefined}>
        {p.state === 'sending' ? t('resident.messages.conversation.sending') : null}
        {p.state === 'acked' ? t('resident.messages.conversation.sent') : null}
        {offline ? t('resident.messages.conversation.offline') : null}
        {failed && !offline ? `${t('resident.messages.conversation.failed')} ${reason}` : null}
      </p>
      {failed ? (
        <div className="vk-row">
          <Button data-size="sm" variant="secondary" onClick={onRetry}>
            {t('resident.messages.conversation.retry')}
          </Button>
          <Button data-size="sm" variant="tertiary" onClick={onDiscard}>
            {t('resident.messages.conversation.discard')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
