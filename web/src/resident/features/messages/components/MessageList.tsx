import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../../../../shared/chat/conversation-stream.ts';
import type { Message } from '../../../../shared/contracts.ts';
import { EventLine } from './EventLine.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { PendingBubble } from './PendingBubble.tsx';
import { TriageCard } from './TriageCard.tsx';

interface Props {
  messages: Message[];
  pending: PendingMessage[];
  /** The resident's messages up to this one have been read by care. */
  readSeq: number;
  otherTyping: boolean;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

function rowClass(message: Message): string {
  if (message.kind === 'event') return 'vk-chat__row vk-chat__row--event';
  if (message.kind === 'triage') return 'vk-chat__row vk-chat__row--wide';
  return message.author === 'resident' ? 'vk-chat__row vk-chat__row--own' : 'vk-chat__row';
}

/**
 * The conversation as a chat: the answers first, the resident's messages on the right, care's on
 * the left, events as small lines between. A log region, so screen readers hear what arrives.
 */
export function MessageList({ messages, pending, readSeq, otherTyping, onRetry, onDiscard }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const end = useRef<HTMLDivElement>(null);
  const count = messages.length + pending.length;
  const first = useRef(true);

  useEffect(() => {
    // The page opens at its heading; afterwards what arrives is scrolled into view.
    if (first.current) {
      first.current = false;
      return;
    }
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [count, otherTyping]);

  return (
    <section className="vk-chat" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="ds-sr-only">
        {t('resident.messages.conversation.heading')}
      </Heading>
      <div role="log" aria-labelledby={headingId}>
        <ol className="vk-list-reset vk-chat__list">
          {messages.map((message) => (
            <li key={message.id} className={rowClass(message)}>
              {message.kind === 'triage' && message.triage ? <TriageCard items={message.triage} /> : null}
              {message.kind === 'event' && message.event ? <EventLine event={message.event} at={message.createdAt} /> : null}
              {message.kind === 'text' ? <MessageBubble message={message} read={message.seq <= readSeq} /> : null}
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.clientId} className="vk-chat__row vk-chat__row--own">
              <PendingBubble pending={p} onRetry={() => onRetry(p.clientId)} onDiscard={() => onDiscard(p.clientId)} />
            </li>
          ))}
        </ol>
      </div>
      <p className="vk-chat__typing" role="status">
        {otherTyping ? t('resident.messages.conversation.typing') : null}
      </p>
      <div ref={end} />
    </section>
  );
}
