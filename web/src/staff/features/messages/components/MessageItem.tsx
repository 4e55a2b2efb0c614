import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { authorText, eventText, messageTime } from '../hooks/message-text.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { LinkList } from './LinkList.tsx';
import { NoteLabel } from './NoteLabel.tsx';
import { TriageCard } from './TriageCard.tsx';

interface Props {
  message: Message;
  residentName: string;
  /** A reply the resident has read. */
  read: boolean;
}

/** One entry of the thread: the resident's triage answers, an event line, an internal note or a message. */
export function MessageItem({ message: m, residentName, read }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const time = (
    <time dateTime={m.createdAt} className="vk-msg__time">
      {messageTime(m.createdAt, language)}
    </time>
  );

  if (m.kind === 'triage') return <TriageCard items={m.triage ?? []} time={time} />;
  if (m.kind === 'event' && m.event) {
    return (
      <p className="vk-event">
        <span>{eventText(t, m.event, language)}</span> {time}
      </p>
    );
  }

  const side = m.kind === 'note' ? 'note' : m.author === 'resident' ? 'resident' : 'care';
  return (
    <article className={`vk-msg vk-msg--${side}`} aria-label={m.kind === 'note' ? t('staff.messages.thread.noteLabel') : undefined}>
      {m.kind === 'note' ? <NoteLabel /> : null}
      <header className="vk-msg__head">
        <span className="vk-msg__author">{authorText(t, m, residentName, language)}</span>
        {time}
      </header>
      <p className="vk-msg__body">{m.body}</p>
      <AttachmentList attachments={m.attachments} />
      <LinkList links={m.links} />
      {read ? <p className="vk-msg__state">{t('staff.messages.thread.read')}</p> : null}
    </article>
  );
}
