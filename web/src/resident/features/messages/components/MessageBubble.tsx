import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatMessageTime } from '../hooks/message-time.ts';
import { AttachmentCard } from './AttachmentCard.tsx';
import { MessageLinks } from './MessageLinks.tsx';
import { MessageText } from './MessageText.tsx';

/** One text message: who wrote it, the text, files and links, when, and (own messages) whether care has read it. */
export function MessageBubble({ message: m, read }: { message: Message; read: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const own = m.author === 'resident';
  const profession = m.authorProfession ? t(`enums.profession.${m.authorProfession}`).toLocaleLowerCase(language) : null;
  // A guardian's message for a child carries the guardian's name; the resident's own carries none.
  const who = own
    ? (m.authorName ?? t('resident.messages.conversation.you'))
    : m.authorName
      ? profession
        ? t('resident.messages.conversation.careAuthor', { name: m.authorName, profession })
        : m.authorName
      : t('resident.messages.conversation.care');

  return (
    <article className={own ? 'vk-bubble vk-bubble--own' : 'vk-bubble'}>
      <p className="vk-bubble__who">{who}</p>
      <MessageText text={m.body} newWindow={t('common.opensInNewWindow')} />
      {m.attachments.length > 0 ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {m.attachments.map((a) => (
            <li key={a.id}>
              <AttachmentCard attachment={a} />
            </li>
          ))}
        </ul>
      ) : null}
      {m.links.length > 0 ? <MessageLinks links={m.links} /> : null}
      <p className="vk-bubble__meta">
        <time dateTime={m.createdAt}>{formatMessageTime(m.createdAt, language)}</time>
        {own ? ` · ${read ? t('resident.messages.conversation.read') : t('resident.messages.conversation.sent')}` : null}
      </p>
    </article>
  );
}
