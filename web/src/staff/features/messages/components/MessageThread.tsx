import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStreamApi } from '../../../../shared/chat/useConversationStream.ts';
import type { StaffConversation } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { MessageItem } from './MessageItem.tsx';
import { PendingItem } from './PendingItem.tsx';

interface Props {
  conversation: StaffConversation;
  stream: ConversationStreamApi;
}

/**
 * The messages, notes and events in order, then what is still being sent. New messages are
 * announced (a log); the list scrolls to the newest unless the reader has scrolled up to read.
 */
export function MessageThread({ conversation, stream }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const nearEnd = useRef(true);
  // The resident's read marker: what the page was given, then what arrives live.
  const readSeq = Math.max(conversation.residentReadSeq, stream.otherReadSeq);
  const count = stream.messages.length + stream.pending.length;

  useEffect(() => {
    const el = box.current;
    if (el && nearEnd.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div className="vk-stack vk-stack--sm">
      <p className={stream.live ? 'vk-live vk-live--on' : 'vk-live'} role="status">
        {t(stream.live ? 'staff.messages.thread.live' : 'staff.messages.thread.polling')}
      </p>
      <div
        ref={box}
        className="vk-thread"
        role="log"
        aria-label={t('staff.messages.thread.label', { name: conversation.resident.name })}
        // The thread scrolls on its own, so it must be reachable by keyboard.
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          nearEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }}
      >
        {count === 0 ? <EmptyState>{t('staff.messages.thread.empty')}</EmptyState> : null}
        <ol className="vk-list-reset vk-thread__list">
          {stream.messages.map((message) => (
            <li key={message.id}>
              <MessageItem message={message} residentName={conversation.resident.name} read={message.author === 'care' && message.kind === 'text' && message.seq <= readSeq} />
            </li>
          ))}
          {stream.pending.map((pending) => (
            <li key={pending.clientId}>
              <PendingItem pending={pending} onRetry={() => stream.retry(pending.clientId)} onDiscard={() => stream.discard(pending.clientId)} />
            </li>
          ))}
        </ol>
      </div>
      <p className="vk-typing" aria-live="polite">
        {stream.otherTyping ? t('staff.messages.thread.residentTyping') : ''}
      </p>
    </div>
  );
}
