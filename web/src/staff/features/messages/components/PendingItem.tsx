import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../../../../shared/api/client.ts';
import type { PendingMessage } from '../../../../shared/chat/conversation-stream.ts';
import type { ErrorCode } from '../../../../shared/contracts.ts';
import { NoteLabel } from './NoteLabel.tsx';

interface Props {
  pending: PendingMessage;
  onRetry: () => void;
  onDiscard: () => void;
}

/** A message the server has not confirmed yet: shown as sent only once it is stored; a failed one can be sent again. */
export function PendingItem({ pending, onRetry, onDiscard }: Props) {
  const { t } = useTranslation();
  const note = pending.kind === 'note';
  // The stream keeps the API's error code as a plain string.
  return (
    <article className={`vk-msg vk-msg--${note ? 'note' : 'care'} vk-msg--pending`}>
      {note ? <NoteLabel /> : null}
      <p className="vk-msg__body">{pending.body}</p>
      {pending.state === 'failed' ? (
        <div className="vk-stack vk-stack--sm">
          <p className="vk-msg__error">{t('staff.messages.thread.failed', { reason: t(`errors.${(pending.error ?? 'internal_error') as ErrorCode | ClientErrorCode}`) })}</p>
          <div className="vk-row">
            <Button data-size="sm" variant="secondary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
            <Button data-size="sm" variant="tertiary" onClick={onDiscard}>
              {t('staff.messages.thread.discard')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="vk-msg__state">{t(pending.state === 'sending' ? 'staff.messages.thread.sending' : 'staff.messages.thread.sent')}</p>
      )}
    </article>
  );
}
