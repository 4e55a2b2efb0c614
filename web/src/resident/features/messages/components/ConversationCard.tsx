import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentConversation } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { residentLinks } from '../../../paths.ts';
import { formatMessageTime } from '../hooks/message-time.ts';
import { ChatIcon } from '../../../../shared/ui/icons.tsx';

/** One conversation in the list, as a link: unit, errand, last activity, and what needs the resident's eye. */
export function ConversationCard({ conversation: c }: { conversation: ResidentConversation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closed = c.status === 'closed';
  const about = c.errand ? t(`resident.messages.errand.${c.errand}`) : t('resident.messages.fromCare');

  return (
    <Card data-color={c.unread > 0 ? 'accent' : 'neutral'} asChild>
      <RouterLink to={residentLinks.conversation(c.id)}>
        <div className="vk-shortcut">
          <ChatIcon />
          <div className="vk-stack vk-stack--sm">
            <Heading level={2} data-size="xs" className="vk-card-title">
              {c.unitName}
            </Heading>
            <Paragraph data-size="sm">
              {about} · {t(`resident.messages.mode.${c.mode}`)}
            </Paragraph>
            <Paragraph data-size="sm" className="vk-muted">
              {t('resident.messages.list.lastActivity', { time: formatMessageTime(c.lastMessageAt, language) })}
            </Paragraph>
            {c.unread > 0 || closed || c.queue || c.evaluationPending ? (
              <div className="vk-tags">
                {c.unread > 0 ? <Tag data-color="danger">{t('resident.messages.list.unread', { count: c.unread })}</Tag> : null}
                {c.queue ? <Tag data-color="info">{t('resident.messages.list.queue', { position: c.queue.position })}</Tag> : null}
                {closed ? <Tag data-color="neutral">{t('resident.messages.list.closed')}</Tag> : null}
                {c.evaluationPending ? <Tag data-color="accent">{t('resident.messages.list.evaluation')}</Tag> : null}
              </div>
            ) : null}
          </div>
        </div>
      </RouterLink>
    </Card>
  );
}
