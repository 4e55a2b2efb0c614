import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingChatMessage } from '../../contracts.ts';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { formatTime } from '../../i18n/format.ts';

interface Props {
  messages: MeetingChatMessage[];
  ownId: string;
  onSend: (clientId: string, body: string) => boolean;
}

/** The chat beside the video; messages are kept with the meeting. Plain text only. */
export function ChatPanel({ messages, ownId, onSend }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const send = () => {
    const body = text.trim();
    if (body && onSend(crypto.randomUUID(), body)) setText('');
  };
  return (
    <section className="vk-meeting-chat vk-stack vk-stack--sm" aria-labelledby="vk-meeting-chat">
      <Heading level={2} data-size="xs" id="vk-meeting-chat">
        {t('video.chat.heading')}
      </Heading>
      <ol className="vk-list-reset vk-meeting-chat__list" aria-live="polite">
        {messages.length === 0 ? <li className="vk-muted">{t('video.chat.empty')}</li> : null}
        {messages.map((m) => (
          <li key={m.id} className={m.participantId === ownId ? 'vk-meeting-chat__own' : undefined}>
            <Paragraph data-size="xs" className="vk-muted">
              {t('video.chat.from', { name: m.participantId === ownId ? t('video.meeting.you') : (m.name ?? t('video.chat.someone')), time: formatTime(m.sentAt, language) })}
            </Paragraph>
            <Paragraph data-size="sm" className="vk-meeting-chat__body">
              {m.body}
            </Paragraph>
          </li>
        ))}
      </ol>
      <form
        className="vk-row"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <Textfield className="vk-grow" label={t('video.chat.label')} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('video.chat.send')}
        </Button>
      </form>
    </section>
  );
}
